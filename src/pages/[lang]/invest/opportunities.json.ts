import type { APIRoute, GetStaticPaths } from 'astro';
import { type Locale } from '../../../i18n/locales';
import { opportunityRecords } from '../../../data/opportunityRecords';
import { openDataLicence } from '../../../config/openDataLicence';

import { localeStaticPaths } from '../../../lib/routes';
export const getStaticPaths = (() => localeStaticPaths()) satisfies GetStaticPaths;

/** The opportunities of one language as JSON; the schema is documented on /<lang>/invest/data/. */
export const GET: APIRoute = async ({ params, site }) => {
  const records = await opportunityRecords(params.lang as Locale, site);
  const body = {
    schema: new URL(`/${params.lang}/invest/data/`, site).href,
    licence: openDataLicence,
    generated: new Date().toISOString(),
    count: records.length,
    opportunities: records,
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
