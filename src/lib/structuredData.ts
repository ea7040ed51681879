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

/**
 * A picture with its credit (schema.org ImageObject, as image search engines read licences):
 * `creator`, `creditText`, and `license` (a licence deed) or the holder who allowed it.
 */
export function imageLd(input: {
  contentUrl: string;
  width: number;
  height: number;
  lang: string;
  description: string;
  caption?: string | undefined;
  creator: string;
  creditText: string;
  license?: string | undefined;
  holder?: string | undefined;
  source: string;
  dateCreated: string;
  place: string;
}): Json {
  return {
    '@context': context,
    '@type': 'ImageObject',
    contentUrl: input.contentUrl,
    width: input.width,
    height: input.height,
    inLanguage: input.lang,
    description: input.description,
    ...(input.caption ? { caption: input.caption } : {}),
    creator: { '@type': 'Person', name: input.creator },
    creditText: input.creditText,
    ...(input.license ? { license: input.license } : {}),
    ...(input.holder ? { copyrightHolder: { '@type': 'Organization', name: input.holder } } : {}),
    acquireLicensePage: input.source,
    dateCreated: input.dateCreated,
    contentLocation: { '@type': 'Place', name: input.place },
  };
}

/** `4:12` or `1:02:03` as an ISO 8601 duration. @example isoDuration('4:12') // 'PT4M12S' */
export function isoDuration(duration: string): string {
  const [s = 0, m = 0, h = 0] = duration.split(':').map(Number).reverse();
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || (!h && !m) ? `${s}S` : ''}`;
}

/** A video report (schema.org VideoObject): only what its producer publishes; no guessed length. */
export function videoLd(input: {
  url: string;
  name: string;
  description: string;
  uploaded: Date;
  duration?: string | undefined;
  producer: string;
  publicUrl: string;
  spokenLanguage: string;
  embedUrl?: string | undefined;
  /** The file itself, when the portal hosts it. */
  contentUrl?: string | undefined;
  thumbnailUrl?: string | undefined;
  transcript?: string | undefined;
}): Json {
  return {
    '@context': context,
    '@type': 'VideoObject',
    name: input.name,
    description: input.description,
    url: input.url,
    inLanguage: input.spokenLanguage,
    uploadDate: day(input.uploaded),
    ...(input.duration ? { duration: isoDuration(input.duration) } : {}),
    producer: { '@type': 'Organization', name: input.producer },
    publisher: { '@type': 'Organization', name: input.producer },
    sameAs: input.publicUrl,
    ...(input.embedUrl ? { embedUrl: input.embedUrl } : {}),
    ...(input.contentUrl ? { contentUrl: input.contentUrl } : {}),
    ...(input.thumbnailUrl ? { thumbnailUrl: input.thumbnailUrl } : {}),
    ...(input.transcript ? { transcript: input.transcript } : {}),
  };
}

/** Serialises JSON-LD for a `<script>` element: `<` is escaped so text can never close the element. */
export function jsonLdText(data: Json): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
