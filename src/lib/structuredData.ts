/**
 * schema.org JSON-LD for each page type, in the page's language. Pure: callers pass the facts and
 * absolute URLs. Only facts the entry states are emitted; nothing is filled in by guesswork.
 */
type Json = Record<string, unknown>;

const context = 'https://schema.org';
const day = (d: Date | undefined) => d?.toISOString().slice(0, 10);

export function articleLd(input: {
  url: string;
  lang: string;
  headline: string;
  description: string;
  published: Date;
  modified?: Date | undefined;
  places: string[];
  tourism: boolean;
  siteName: string;
}): Json {
  return {
    '@context': context,
    '@type': 'Article',
    headline: input.headline,
    description: input.description,
    inLanguage: input.lang,
    url: input.url,
    mainEntityOfPage: input.url,
    datePublished: day(input.published),
    ...(input.modified ? { dateModified: day(input.modified) } : {}),
    publisher: { '@type': 'Organization', name: input.siteName },
    ...(input.places.length ? { about: input.places.map((name) => ({ '@type': input.tourism ? 'TouristAttraction' : 'Place', name })) } : {}),
  };
}

export function eventLd(input: {
  url: string;
  lang: string;
  name: string;
  description: string;
  start: Date;
  end?: Date | undefined;
  place: string;
  organiser?: string | undefined;
}): Json {
  return {
    '@context': context,
    '@type': 'Event',
    name: input.name,
    description: input.description,
    inLanguage: input.lang,
    url: input.url,
    startDate: day(input.start),
    endDate: day(input.end ?? input.start),
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: { '@type': 'Place', name: input.place },
    ...(input.organiser ? { organizer: { '@type': 'Organization', name: input.organiser } } : {}),
  };
}

export function placeLd(input: {
  url: string;
  lang: string;
  name: string;
  description: string;
  country?: string | undefined;
  population?: number | undefined;
}): Json {
  return {
    '@context': context,
    '@type': 'AdministrativeArea',
    name: input.name,
    description: input.description,
    url: input.url,
    inLanguage: input.lang,
    ...(input.country ? { containedInPlace: { '@type': 'Country', name: input.country } } : {}),
  };
}

export function datasetLd(input: {
  url: string;
  lang: string;
  name: string;
  description: string;
  json: string;
  csv: string;
  modified?: Date | undefined;
  publisher: string;
}): Json {
  return {
    '@context': context,
    '@type': 'Dataset',
    name: input.name,
    description: input.description,
    url: input.url,
    inLanguage: input.lang,
    ...(input.modified ? { dateModified: day(input.modified) } : {}),
    creator: { '@type': 'Organization', name: input.publisher },
    distribution: [
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: input.json },
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: input.csv },
    ],
  };
}

export function organisationsLd(
  agencies: { name: string; url?: string | undefined; telephone?: string | undefined; email?: string | undefined; address?: string | undefined }[],
): Json {
  return {
    '@context': context,
    '@type': 'ItemList',
    itemListElement: agencies.map((agency, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      item: {
        '@type': 'GovernmentOrganization',
        name: agency.name,
        ...(agency.url ? { url: agency.url } : {}),
        ...(agency.telephone ? { telephone: agency.telephone } : {}),
        ...(agency.email ? { email: agency.email } : {}),
        ...(agency.address ? { address: { '@type': 'PostalAddress', streetAddress: agency.address, addressCountry: 'VN' } } : {}),
      },
    })),
  };
}

export function websiteLd(input: { url: string; lang: string; name: string; description: string; searchUrl: string }): Json {
  return {
    '@context': context,
    '@type': 'WebSite',
    name: input.name,
    description: input.description,
    url: input.url,
    inLanguage: input.lang,
    potentialAction: { '@type': 'SearchAction', target: `${input.searchUrl}?q={search_term_string}`, 'query-input': 'required name=search_term_string' },
  };
}

/** Serialises JSON-LD for a `<script>` element: `<` is escaped so text can never close the element. */
export function jsonLdText(data: Json): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
