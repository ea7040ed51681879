import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { requiredLocales, type Locale } from '../i18n/locales';
import { coverPages } from '../lib/routes';
import { mediaFileSchema, openLicences, PERMISSION } from '../schemas/pictures';
import { quote } from './bodyPolicy';
import { rasterProblem } from './checkBody';
import { readYaml } from './frontmatter';
import type { ContentProblem } from './problems';

/** The file beside the language files that credits an entry's pictures. */
export const MEDIA_FILE = 'media.yaml';
/** The folder of content/ with the covers of the home page and sections, each named after its page. */
export const COVERS_FOLDER = 'covers';
const PICTURE = /\.(?:jpe?g|png|webp|avif)$/i;
/** Fields of a vi file that name one of the entry's pictures. */
const pictureFields = ['cover', 'poster'] as const;

/** When a place of content/data/places.yaml existed in that form, and its English name. */
export interface PlaceSpan {
  validFrom?: Date | undefined;
  validUntil?: Date | undefined;
  name: string;
}

/** The first and last day a date written as YYYY, YYYY-MM or YYYY-MM-DD can mean. */
function daysOf(asOf: string): [string, string] {
  const [year, month, day] = asOf.split('-');
  if (day) return [asOf, asOf];
  if (month) return [`${year}-${month}-01`, `${year}-${month}-${new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate()}`];
  return [`${year}-01-01`, `${year}-12-31`];
}

/** What the picture check needs to know about one entry folder. */
export interface EntryPictureContext {
  /** Absolute path of the folder. */
  entryDir: string;
  /** Path for messages. */
  rel: (path: string) => string;
  /** Picture files found in the folder (`terraces.jpg`). */
  pictureFiles: readonly string[];
  /** Languages the entry has a file in. */
  locales: readonly Locale[];
  /** Ids of content/data/places.yaml; undefined when that file cannot be read. */
  places: ReadonlySet<string> | undefined;
  /** When each place existed, to check where a picture was taken against when. */
  placeSpans?: ReadonlyMap<string, PlaceSpan> | undefined;
  /** The vi file's facts, its path and the line of a field, to check `cover` and `poster`. */
  source?: { facts: Record<string, unknown>; file: string; lineOf: (path: readonly PropertyKey[]) => number } | undefined;
  /** Pictures the text shows in Markdown: checkBody reads those files already, at the line that shows them. */
  inText?: ReadonlySet<string> | undefined;
}

const licenceList = `${openLicences.join(', ')}, or ${PERMISSION} (with \`holder\`)`;
const licenceHint = `an SPDX id such as CC-BY-4.0, or ${PERMISSION} with \`holder\``;

/**
 * Checks the credits of an entry's pictures: media.yaml itself, then that every picture of the
 * folder has its record (author, licence, source, date and place, alt text in each language of
 * the entry), and that `cover`/`poster` name a credited picture. Returns the problems and the
 * credited files (`./terraces.jpg`), which components in the text may show.
 */
export async function checkEntryPictures(context: EntryPictureContext): Promise<{ problems: ContentProblem[]; credited: Set<string> }> {
  const { entryDir, rel, pictureFiles, locales, places, placeSpans, source, inText } = context;
  const problems: ContentProblem[] = [];
  const credited = new Set<string>();
  const mediaPath = join(entryDir, MEDIA_FILE);
  const mediaFile = rel(mediaPath);
  let readable = true;

  if (existsSync(mediaPath)) {
    const yaml = readYaml(readFileSync(mediaPath, 'utf8'));
    if (yaml.errors.length) {
      readable = false;
      problems.push({
        file: mediaFile,
        line: yaml.errors[0]!.line,
        title: 'The YAML cannot be read',
        detail: quote(yaml.errors[0]!.message, 160),
        fix: 'Check the indentation, and put double quotes around a value that contains a colon (:).',
      });
    } else {
      const records: unknown[] = Array.isArray((yaml.data as { pictures?: unknown } | null)?.pictures) ? (yaml.data as { pictures: unknown[] }).pictures : [];
      const result = mediaFileSchema.safeParse(yaml.data);
      if (!result.success) {
        for (const issue of result.error.issues) {
          problems.push(creditIssue(issue.path, issue.message, issue.code, mediaFile, yaml.lineOf(issue.path) ?? 1, records));
        }
      }
      records.forEach((record, index) => {
        const line = (path: PropertyKey[]) => yaml.lineOf(['pictures', index, ...path]) ?? yaml.lineOf(['pictures', index]) ?? 1;
        const file = (record as { file?: unknown } | null)?.file;
        if (typeof file !== 'string' || !/^\.\/[^/\\]+$/.test(file)) return;
        const name = file.slice(2);
        if (credited.has(file)) {
          problems.push({ file: mediaFile, line: line(['file']), title: `\`${quote(file)}\` is credited twice`, fix: 'Keep one record per picture.' });
          return;
        }
        if (!pictureFiles.includes(name)) {
          problems.push({
            file: mediaFile,
            line: line(['file']),
            title: `Credits for \`${quote(file)}\`, which is not in this folder`,
            fix: `Put the picture in ${rel(entryDir)}/, or remove its record.`,
          });
          return;
        }
        credited.add(file);
        const { alt, caption, taken } = (record ?? {}) as { alt?: Record<string, unknown>; caption?: Record<string, unknown>; taken?: { place?: unknown } };
        for (const locale of locales) {
          if (typeof alt?.[locale] !== 'string') {
            problems.push({
              file: mediaFile,
              line: line(['alt']),
              title: `\`${quote(file)}\` has no alt text in \`${locale}\``,
              detail: `The entry has ${locale}.mdx: its readers who cannot see the picture rely on the alt text, in their language.`,
              fix: `Add \`${locale}: …\` under \`alt\`, saying what the picture shows.`,
            });
          }
          if (caption && typeof caption[locale] !== 'string') {
            problems.push({
              file: mediaFile,
              line: line(['caption']),
              title: `\`${quote(file)}\` has a caption, but none in \`${locale}\``,
              fix: `Add \`${locale}: …\` under \`caption\`, or remove the caption in every language.`,
            });
          }
        }
        const span = typeof taken?.place === 'string' ? placeSpans?.get(taken.place) : undefined;
        const date = (taken as { date?: unknown } | undefined)?.date;
        if (span && typeof date === 'string' && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(date)) {
          // A picture is named after the place as it was on the day: never a unit that had ceased, or not begun.
          const [first, last] = daysOf(date);
          const until = span.validUntil?.toISOString().slice(0, 10);
          const from = span.validFrom?.toISOString().slice(0, 10);
          if ((until && first > until) || (from && last < from)) {
            problems.push({
              file: mediaFile,
              line: line(['taken', 'place']),
              title: `\`${quote(file)}\` was taken in ${date}, when ${span.name} ${until && first > until ? `no longer existed (until ${until})` : `did not exist yet (from ${from})`}`,
              detail: 'Readers see where a picture was taken as the place was then (content/data/places.yaml dates every unit).',
              fix: 'Name the unit the place belonged to on that day, or correct the date.',
            });
          }
        }
        if (places && typeof taken?.place === 'string' && !places.has(taken.place)) {
          problems.push({
            file: mediaFile,
            line: line(['taken', 'place']),
            title: `Unknown place \`${quote(taken.place)}\``,
            detail: `\`${quote(taken.place)}\` is not listed in content/data/places.yaml.`,
            fix: `Use one of: ${[...places].join(', ') || '(the file is empty)'}. Or add the place to content/data/places.yaml.`,
          });
        }
      });
    }
  }

  // A picture that is not in a readable media.yaml was reported with that file; otherwise each is named.
  if (readable) {
    for (const name of pictureFiles) {
      if (credited.has(`./${name}`)) continue;
      problems.push({
        file: rel(join(entryDir, name)),
        title: `Picture \`${quote(name)}\` has no credit`,
        detail: `Every picture the portal shows names its author and licence; ${MEDIA_FILE} in this folder has no record for it.`,
        fix: `Add \`- file: ./${name}\` to ${rel(mediaPath)} with author, licence (${licenceHint}), source, taken (date, place) and alt in each language of the entry (docs/content-model.md).`,
      });
    }
  }

  // A picture only a cover, a gallery or a poster shows is read here: size, format, damage.
  for (const name of pictureFiles) {
    if (inText?.has(name)) continue;
    const problem = await rasterProblem(join(entryDir, name), `./${name}`);
    if (problem) problems.push({ file: rel(join(entryDir, name)), ...problem });
  }

  for (const field of pictureFields) {
    const value = source?.facts[field];
    if (value === undefined || !source) continue;
    if (typeof value !== 'string' || credited.has(value) || !readable) continue;
    problems.push({
      file: source.file,
      line: source.lineOf([field]),
      title: `\`${field}: ${quote(value)}\` is not a credited picture of this entry`,
      detail: credited.size ? `Credited pictures: ${[...credited].join(', ')}.` : `${MEDIA_FILE} credits no picture in this folder.`,
      fix: `Put the picture in ${rel(entryDir)}/, credit it in ${MEDIA_FILE}, and write \`${field}: ./file-name.jpg\`.`,
    });
  }
  return { problems, credited };
}

/** A schema issue of media.yaml in an editor's words. */
function creditIssue(path: readonly PropertyKey[], message: string, code: string, file: string, line: number, records: unknown[]): ContentProblem {
  const [, index, field] = path;
  const picture = typeof index === 'number' ? (records[index] as { file?: unknown } | undefined)?.file : undefined;
  const which = typeof picture === 'string' ? `\`${quote(picture)}\`: ` : typeof index === 'number' ? `picture ${index + 1}: ` : '';
  const name = path.slice(2).map(String).join('.');
  if (path.length === 0 || (path.length === 1 && path[0] === 'pictures')) {
    return { file, line, title: 'media.yaml lists no picture', detail: message, fix: 'Write `pictures:` and one record per picture (docs/content-model.md).' };
  }
  const record = typeof index === 'number' ? (records[index] as Record<string, unknown> | undefined) : undefined;
  if (field === 'licence') {
    return {
      file,
      line,
      title: `${which}${record?.licence === undefined ? 'no licence' : `unknown licence \`${quote(String(record.licence), 40)}\``}`,
      detail: 'A picture can be published only under a licence that allows it, or with the permission of the holder.',
      fix: `Write \`licence:\` with one of: ${licenceList}.`,
    };
  }
  if (field === 'holder' && code === 'custom') {
    return {
      file,
      line,
      title: `${which}used with permission, but no \`holder\``,
      detail: 'A picture used with permission names the person or agency that gave it; the credit under the picture says so.',
      fix: 'Add `holder: …` with the name of the rights holder, as they want to be credited.',
    };
  }
  if (record && field !== undefined && record[String(field)] === undefined) {
    return { file, line, title: `${which}missing \`${name}\``, fix: `Add \`${name}: …\` to this record (docs/content-model.md).` };
  }
  if (code === 'unrecognized_keys') {
    return { file, line, title: `${which}unknown field`, detail: message, fix: 'Check the spelling against docs/content-model.md, or remove the field.' };
  }
  return {
    file,
    line,
    title: `${which}invalid \`${name || 'record'}\``,
    detail: `${message}.`,
    fix: `Correct \`${name || 'the record'}\` (docs/content-model.md).`,
  };
}

/**
 * content/covers/: the covers of the home page and the sections, each file named after its page
 * (`home.jpg`, `tourism.jpg`, `invest-zones.jpg`), credited in its media.yaml with alt text in the
 * required languages (the others show the English one).
 */
export async function checkCoverFolder(
  dir: string,
  rel: (path: string) => string,
  places: ReadonlySet<string> | undefined,
  placeSpans: ReadonlyMap<string, PlaceSpan>,
): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  const pages = new Set(coverPages().map((p) => p.name));
  const pictureFiles: string[] = [];
  const covered = new Map<string, string>();
  for (const name of readdirSync(dir).sort()) {
    if (name === MEDIA_FILE) continue;
    const file = rel(join(dir, name));
    if (!PICTURE.test(name)) {
      problems.push({
        file,
        title: `\`${quote(name)}\` does not belong in ${COVERS_FOLDER}/`,
        detail: `${COVERS_FOLDER}/ holds the covers of the home page and sections (JPEG, PNG, WebP or AVIF) and their credits (${MEDIA_FILE}).`,
        fix: 'Remove it.',
      });
      continue;
    }
    const page = name.replace(/\.[^.]+$/, '');
    if (!pages.has(page)) {
      problems.push({
        file,
        title: `\`${quote(name)}\` is not named after a page`,
        detail: 'A cover is named after the page it covers, as its address reads after the language.',
        fix: `Rename it to one of: ${[...pages].join(', ')} (with its .jpg, .png, .webp or .avif).`,
      });
      continue;
    }
    const other = covered.get(page);
    if (other) {
      problems.push({ file, title: `Two covers for the page \`${page}\``, detail: `${other} covers it already.`, fix: 'Keep one of the two files.' });
      continue;
    }
    covered.set(page, name);
    pictureFiles.push(name);
  }
  const { problems: credits } = await checkEntryPictures({ entryDir: dir, rel, pictureFiles, locales: requiredLocales, places, placeSpans });
  return [...problems, ...credits];
}
