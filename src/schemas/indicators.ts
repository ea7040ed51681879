import { z } from 'astro/zod';
import { figureUnits } from '../i18n/format';
import { completeName } from './data';
import { idSchema, sourceSchema } from './common';

/** One figure of a series: a period (a year) or a category (a named park), never both. */
const indicatorPoint = z
  .strictObject({
    /** The year the figure describes, `YYYY` (or `YYYY-MM`), as precise as the source. */
    period: z
      .string()
      .regex(/^\d{4}(-\d{2})?$/, 'write the period as YYYY or YYYY-MM')
      .optional(),
    /** The category the figure describes, in every language (e.g. an industrial park). */
    label: completeName.optional(),
    /** The figure, in the series' unit. */
    value: z.number(),
  })
  .refine((point) => Boolean(point.period) !== Boolean(point.label), 'give either `period` (a year) or `label` (a category), not both');

/** content/data/indicators.yaml: a series of figures for a chart, each from a public source. */
export const indicatorSchema = z
  .strictObject({
    id: idSchema,
    /** The unit of every value. */
    unit: z.enum(figureUnits),
    /** What the series measures, in every language; shown as the chart's title. */
    name: completeName,
    /** Heading of the category column when points have labels (e.g. "Industrial park"). Optional. */
    labelHeading: completeName.optional(),
    /** The figures, in the order they are drawn. */
    points: z.array(indicatorPoint).min(1),
    /** Public sources of the figures (at least one). */
    sources: z.array(sourceSchema).min(1, 'list at least one public source (title and url)'),
  })
  .refine((series) => series.points.every((p) => p.period) || series.points.every((p) => p.label), 'use `period` for every point or `label` for every point')
  .refine((series) => !series.points.some((p) => p.label) || series.labelHeading, 'give `labelHeading` (the name of the categories) when points have labels');
