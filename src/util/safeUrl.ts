/**
 * The one rule for addresses that content may carry (links in bodies, `website` in data files):
 * `https:`, `http:`, `mailto:`, `tel:`, an address on the portal (`/en/…`) or a fragment (`#…`).
 * Anything else (`javascript:`, `data:`, `vbscript:`, `//host`, `\\host`) is refused, after undoing
 * the tricks browsers forgive: character references (`jav&#x61;script:`), percent-encoding of the
 * scheme, and tabs, line breaks or control characters inside it (`java\tscript:`).
 */

export type UrlVerdict = { ok: true; kind: 'web' | 'mail' | 'phone' | 'site' | 'fragment' | 'relative' } | { ok: false; reason: string };

const ALLOWED_SCHEMES = new Map<string, 'web' | 'mail' | 'phone'>([
  ['https', 'web'],
  ['http', 'web'],
  ['mailto', 'mail'],
  ['tel', 'phone'],
]);

const NAMED_REFERENCES: Record<string, string> = { colon: ':', tab: '\t', newline: '\n', sol: '/', bsol: '\\', period: '.', amp: '&' };

/** Decodes HTML character references (`&#x61;`, `&#97;`, `&colon;`), which browsers decode in attributes. */
function decodeReferences(value: string): string {
  return value.replace(/&(?:#x([0-9a-f]+)|#(\d+)|([a-z]+));?/gi, (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (hex || dec) {
      const code = Number.parseInt(hex ?? dec!, hex ? 16 : 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return NAMED_REFERENCES[name!.toLowerCase()] ?? whole;
  });
}

/** Percent-decoding that never throws (a lone `%` stays as it is). */
function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * What a browser would make of an address's start: references and percent-escapes decoded,
 * control characters and whitespace removed (the URL parser strips tabs and newlines anywhere,
 * and leading/trailing C0 controls and spaces).
 * @example normaliseUrl(' jav&#x61;scr\tipt:alert(1)') // 'javascript:alert(1)'
 */
export function normaliseUrl(raw: string): string {
  let value = raw;
  // Twice: `&amp;#x61;` is decoded by some layers once more.
  for (let i = 0; i < 2; i++) value = decodeReferences(value);
  // eslint-disable-next-line no-control-regex -- the characters browsers drop are exactly what is matched
  return safeDecode(value).replace(/[\u0000-\u0020\u007f-\u009f\u200b-\u200d\u2028\u2029\ufeff]/g, '');
}

/**
 * Whether content may carry this address. `allowRelative` accepts `./file.jpg` and `file.jpg`
 * (an image beside the entry); links never need them.
 * @example checkUrl('javascript:alert(1)') // { ok: false, reason: '…' }
 * @example checkUrl('/en/history/') // { ok: true, kind: 'site' }
 */
export function checkUrl(raw: string, { allowRelative = false }: { allowRelative?: boolean } = {}): UrlVerdict {
  const url = normaliseUrl(raw);
  if (url === '') return { ok: false, reason: 'the address is empty' };
  if (url.includes('\\')) return { ok: false, reason: 'a backslash in an address is read as `/` by browsers and can lead to another site' };
  if (url.startsWith('//')) return { ok: false, reason: 'an address starting with `//` leads to another site without saying how (write `https://…`)' };
  if (url.startsWith('/')) return { ok: true, kind: 'site' };
  if (url.startsWith('#')) return { ok: true, kind: 'fragment' };
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined) {
    return allowRelative
      ? { ok: true, kind: 'relative' }
      : { ok: false, reason: 'a relative address depends on the page it is on (write `/en/…` or `https://…`)' };
  }
  const kind = ALLOWED_SCHEMES.get(scheme);
  if (!kind) return { ok: false, reason: `\`${scheme}:\` addresses are not allowed (only https:, http:, mailto:, tel: and addresses on the portal)` };
  if (kind === 'web' && !/^https?:\/\/[^/?#\s]+/i.test(url)) return { ok: false, reason: 'a web address needs a host: `https://host/…`' };
  return { ok: true, kind };
}
