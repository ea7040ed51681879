import type { APIRoute, GetStaticPaths } from 'astro';
import { type Locale } from '../../../i18n/locales';
import { toCsv } from '../../../lib/openData';
import { opportunityRecords } from '../../../data/opportunityRecords';

import { localeStaticPaths } from '../../../lib/routes';
export const getStaticPaths = (() => localeStaticPaths()) satisfies GetStaticPaths;

/** The opportunities of one language as CSV (UTF-8 with BOM, CRLF), one row per opportunity. */
export const GET: APIRoute = async ({ params, site }) =>
  new Response(toCsv(await opportunityRecords(params.lang as Locale, site)), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
