import { PERMISSION, type Licence } from '../schemas/pictures';

/** A picture's credit, as media.yaml gives it (the file aside). */
export interface Credit {
  author: string;
  licence: Licence;
  holder?: string | undefined;
  source: string;
}

/** The short name and deed of each open licence, as Creative Commons writes them. */
const licenceDeeds: Record<Exclude<Licence, typeof PERMISSION>, { name: string; url: string }> = {
  'CC0-1.0': { name: 'CC0 1.0', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
  'CC-BY-4.0': { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  'CC-BY-SA-4.0': { name: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' },
  'CC-BY-NC-4.0': { name: 'CC BY-NC 4.0', url: 'https://creativecommons.org/licenses/by-nc/4.0/' },
  'CC-BY-NC-SA-4.0': { name: 'CC BY-NC-SA 4.0', url: 'https://creativecommons.org/licenses/by-nc-sa/4.0/' },
  'CC-BY-ND-4.0': { name: 'CC BY-ND 4.0', url: 'https://creativecommons.org/licenses/by-nd/4.0/' },
  'CC-BY-NC-ND-4.0': { name: 'CC BY-NC-ND 4.0', url: 'https://creativecommons.org/licenses/by-nc-nd/4.0/' },
  'CC-BY-3.0': { name: 'CC BY 3.0', url: 'https://creativecommons.org/licenses/by/3.0/' },
  'CC-BY-SA-3.0': { name: 'CC BY-SA 3.0', url: 'https://creativecommons.org/licenses/by-sa/3.0/' },
  'CC-BY-2.0': { name: 'CC BY 2.0', url: 'https://creativecommons.org/licenses/by/2.0/' },
  'CC-BY-SA-2.0': { name: 'CC BY-SA 2.0', url: 'https://creativecommons.org/licenses/by-sa/2.0/' },
};

/**
 * The licence of a picture as readers see it: its short name and deed, or none for a picture used
 * with the holder's permission (the credit then names the holder).
 * @example licenceDeed('CC-BY-4.0') // { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' }
 */
export function licenceDeed(licence: Licence): { name: string; url: string } | undefined {
  return licence === PERMISSION ? undefined : licenceDeeds[licence];
}

/** The words a credit line needs in the reader's language. */
export interface CreditWords {
  /** "Photo: {{author}}" */
  photo: (author: string) => string;
  /** "used with permission of {{holder}}" */
  permission: (holder: string) => string;
}

/**
 * The credit line to print beside a picture, in the reader's language: author (and holder), then
 * the licence, or the permission it is used with.
 * @example creditLine({ author: 'A. Nguyễn', licence: 'CC-BY-4.0', source: 'https://…' }, words) // 'Photo: A. Nguyễn · CC BY 4.0'
 */
export function creditLine(credit: Credit, words: CreditWords): string {
  const deed = licenceDeed(credit.licence);
  if (!deed) return `${words.photo(credit.author)} · ${words.permission(credit.holder ?? credit.author)}`;
  const who = credit.holder && credit.holder !== credit.author ? `${credit.author} / ${credit.holder}` : credit.author;
  return `${words.photo(who)} · ${deed.name}`;
}
