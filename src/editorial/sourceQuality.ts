import type { ContentProblem } from './problems';

/**
 * The source-quality rule: official and news sources before travel agencies and copies. A copy
 * of a Wikipedia article on another site, or of a document on a file-sharing site, is the weakest
 * kind of source: its text may differ from the original and the reader cannot tell who stands
 * behind it. The check warns on those hosts; an editor cites the original instead, or a better
 * source, or accepts the copy with a reason where it is the only place the document can be read.
 */
const copyHosts: readonly { host: string; of: 'wikipedia' | 'document' }[] = [
  ...[
    'abcdef.wiki',
    'alchetron.com',
    'askwikinow.com',
    'defzone.net',
    'dumps.wikimedia.your.org',
    'friendlywiki.com',
    'kihulane.eu',
    'kiwix.org',
    'knowledgr.com',
    'liquisearch.com',
    'lowcostdomainnames.domain.workers.dev',
    'memim.com',
    'piglix.com',
    'stringtranslate.com',
    'theinfolist.com',
    'wiki.edu.vn',
    'wiki.li',
    'wiki.riteme.site',
    'wikial.top',
    'wikien3.appspot.com',
    'wikisum.wiki',
    'wikiup.org',
    'wikiwand.com',
    'worldlibrary.org',
  ].map((host) => ({ host, of: 'wikipedia' as const })),
  // Sites that republish documents or other publishers' articles without their say.
  ...['123doc.net', '123docz.net', 'tailieu.vn', 'luisala.com', 'truyenhinhcapsongthu.net', 'ilovetranslation.com'].map((host) => ({
    host,
    of: 'document' as const,
  })),
];

/** The copy site a URL is on, if any (subdomains included: `de.wikiup.org`). */
export function copyOf(url: string): (typeof copyHosts)[number] | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
  return copyHosts.find((c) => host === c.host || host.endsWith(`.${c.host}`));
}

/** Source addresses in a content file: `url:`, `source:` and `website:` values, with their line. */
const SOURCE_LINE = /^\s*(?:-\s*)?(?:url|source|website):\s*["']?(https?:\/\/[^\s"']+)/;

/**
 * Warnings for the sources of one file (an entry's vi.mdx, a data file) that are copies.
 * `accepted` holds the texts of the file's `acceptedWarnings`: a copy whose address contains one
 * of them is accepted.
 * @example sourceQualityWarnings('content/data/contacts.yaml', 'url: https://kihulane.eu/x', []).length // 1
 */
export function sourceQualityWarnings(file: string, text: string, accepted: readonly { text: string }[]): ContentProblem[] {
  return text.split('\n').flatMap((line, i): ContentProblem[] => {
    const url = SOURCE_LINE.exec(line)?.[1];
    const copy = url ? copyOf(url) : undefined;
    if (!url || !copy || accepted.some((a) => url.includes(a.text))) return [];
    return [
      {
        file,
        line: i + 1,
        severity: 'warning',
        title:
          copy.of === 'wikipedia'
            ? `Source is a copy of a Wikipedia article (${copy.host})`
            : `Source is a copy of a document on a file-sharing site (${copy.host})`,
        detail: url,
        fix:
          copy.of === 'wikipedia'
            ? 'Cite the article on wikipedia.org itself, or better the official or news source it cites.'
            : 'Cite the document or article where its publisher published it (the agency’s portal, an official legal database, the newspaper). If this copy is the only place it can be read, accept it: `acceptedWarnings: [{ text: "<part of the address>", reason: "…" }]`.',
      },
    ];
  });
}
