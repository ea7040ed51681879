import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import type { z } from 'astro/zod';
import { isLocale, localeCodes, requiredLocales, sourceLocale, type Locale } from '../i18n/locales';
import { dataFiles, entryCollections, type Consistency, type DataFileName, type EntryCollectionName } from '../schemas/registry';
import { entryPath } from '../lib/entryPath';
import { sectionRoutes } from '../lib/routes';
import { isPublished } from '../lib/publishing';
import { quote } from './bodyPolicy';
import { checkBody, type BodyContext } from './checkBody';
import { parseFrontmatter, readYaml, splitFrontmatter } from './frontmatter';
import { bodyProse, spellingWarnings, type SpellingInput } from './spelling';
import { timeTruthWarnings, type DatedText, type FormerUnit } from './timeTruth';
import { sourceQualityWarnings } from './sourceQuality';
import { checkVideoFiles, VIDEO_FILE } from './videoFiles';
import { checkCoverFolder, checkEntryPictures, COVERS_FOLDER, MEDIA_FILE, type PlaceSpan } from './pictureCredits';
import type { ContentProblem } from './problems';

/** Fields that refer to a record of a data file, and which file. */
const references: Record<string, DataFileName> = {
  places: 'places',
  place: 'places',
  sectors: 'sectors',
  sector: 'sectors',
  contact: 'contacts',
  developer: 'contacts',
};

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LANGUAGE_FILE = /^([a-z]{2,3})\.mdx$/;
/** Pictures an entry's text may show, beside its language files. */
const PICTURE_FILE = /\.(?:jpe?g|png|webp|avif)$/i;

/** A language file whose text is checked once every entry's address is known. */
type PendingBody = Omit<BodyContext, 'knownPaths' | 'unpublishedPaths'> & {
  body: string;
  /** Title and description with their lines, and the warnings the file accepts. */
  words: DatedText[];
  /** Every field of words (title, description, milestones…) with its line, for the spell check. */
  wordFields: DatedText[];
  accepted: { text: string }[];
  /** The whole file as read, for the rules that read its frontmatter's sources (sourceQuality.ts). */
  text: string;
};

/** The facts of an entry's vi file, with the line of each field. */
interface EntryFacts {
  facts: Record<string, unknown>;
  lineOf: (path: readonly PropertyKey[]) => number;
  file: string;
}

/**
 * Checks every content file under `contentDir` and returns all problems at once (empty when the
 * content is publishable): frontmatter, ids, languages, then the text of every file (links, images,
 * raw HTML). `root` is the folder paths are reported relative to.
 */
export async function validateContent(contentDir: string, root = join(contentDir, '..'), now = new Date()): Promise<ContentProblem[]> {
  return (await checkContent(contentDir, root, now, { warnings: false })).problems;
}

/**
 * Every problem (the content cannot be published) and every warning (an editor should look:
 * time truth, spelling) of the content under `contentDir`. A file with problems gets no warnings
 * yet. `warnings: false` leaves the warnings out (the build needs only the problems).
 */
export async function checkContent(
  contentDir: string,
  root = join(contentDir, '..'),
  now = new Date(),
  { warnings: withWarnings = true }: { warnings?: boolean } = {},
): Promise<{ problems: ContentProblem[]; warnings: ContentProblem[] }> {
  const problems: ContentProblem[] = [];
  const rel = (path: string) => relative(root, path).split(sep).join('/');
  const formerUnits: FormerUnit[] = [];
  const destinations: { index: number; place: string; article?: string | undefined }[] = [];
  const placeSpans = new Map<string, PlaceSpan>();
  const ids = loadDataIds(contentDir, rel, problems, formerUnits, destinations, placeSpans);
  // Pages of the public site, and of drafts and embargoed entries (which only `npm run dev` shows).
  const knownPaths = new Set<string>();
  const unpublishedPaths = new Set<string>();
  const bodies: PendingBody[] = [];
  const redirecting: { collection: EntryCollectionName; slug: string; source: EntryFacts }[] = [];

  for (const [collection, schemas] of Object.entries(entryCollections)) {
    const dir = join(contentDir, collection);
    if (!existsSync(dir)) continue;
    for (const slug of readdirSync(dir).sort()) {
      const entryDir = join(dir, slug);
      if (!statSync(entryDir).isDirectory()) {
        problems.push({
          file: rel(entryDir),
          title: 'A file where an entry folder belongs',
          detail: `content/${collection}/ holds one folder per entry, with one file per language inside.`,
          fix: `Move it to content/${collection}/<slug>/vi.mdx (and en.mdx).`,
        });
        continue;
      }
      if (!SLUG.test(slug)) {
        problems.push({
          file: rel(entryDir),
          title: `Folder name \`${quote(slug)}\` cannot be used as a web address`,
          fix: 'Rename the folder with lower-case ASCII letters, digits and hyphens, without diacritics, e.g. "mu-cang-chai-terraces".',
        });
      }
      const source = await validateEntry(entryDir, schemas, ids, placeSpans, rel, problems, bodies);
      if (!source) continue;
      const { facts } = source;
      const entry = { collection: collection as EntryCollectionName, slug, facts };
      const published = isPublished({ draft: facts.draft === true, publishDate: facts.publishDate ? new Date(String(facts.publishDate)) : undefined }, now);
      const paths = published ? knownPaths : unpublishedPaths;
      for (const locale of localeCodes) paths.add(entryPath(entry, locale));
      if (collection === 'articles' && typeof facts.topic === 'string') {
        for (const locale of localeCodes) knownPaths.add(`/${locale}/${facts.topic}/`);
      }
      for (const pending of bodies.filter((b) => b.absolutePath.startsWith(entryDir + sep))) pending.unpublished = !published;
      if (Array.isArray(facts.redirectFrom) && facts.redirectFrom.length > 0) redirecting.push({ collection: entry.collection, slug, source });
    }
  }
  const coversDir = join(contentDir, COVERS_FOLDER);
  if (existsSync(coversDir)) problems.push(...(await checkCoverFolder(coversDir, rel, ids.places, placeSpans)));
  const withEntries = new Set([...knownPaths].map((path) => path.split('/').slice(2, -2).join('/')));
  for (const locale of localeCodes) {
    knownPaths.add(`/${locale}/`);
    for (const route of sectionRoutes) {
      if (!('onlyWithEntries' in route) || withEntries.has(route.segment)) knownPaths.add(`/${locale}/${route.segment}/`);
    }
    for (const sector of ids.sectors ?? []) knownPaths.add(`/${locale}/invest/sectors/${sector}/`);
  }
  problems.push(...checkRedirects(redirecting, knownPaths, unpublishedPaths));
  problems.push(...checkDestinations(destinations, ids, knownPaths, rel(join(contentDir, 'data', dataFiles.destinations.file))));
  const warnings: ContentProblem[] = [];
  const spelling: SpellingInput[] = [];
  for (const pending of bodies) {
    const { body, text, words, wordFields, accepted, ...context } = pending;
    const found = await checkBody(body, { ...context, knownPaths, unpublishedPaths });
    problems.push(...found);
    if (found.length > 0 || !withWarnings) continue;
    warnings.push(...timeTruthWarnings(context.file, context.locale, [...words, { text: body, line: context.firstLine }], formerUnits, accepted));
    // Sources are facts, written once in the vi file.
    if (context.locale === sourceLocale) warnings.push(...sourceQualityWarnings(context.file, text, accepted));
    spelling.push({ file: context.file, locale: context.locale, texts: [...wordFields, ...bodyProse(body, context.locale, context.firstLine)], accepted });
  }
  if (withWarnings) {
    for (const { file } of Object.values(dataFiles)) {
      const path = join(contentDir, 'data', file);
      if (existsSync(path)) warnings.push(...sourceQualityWarnings(rel(path), readFileSync(path, 'utf8'), []));
    }
    warnings.push(...(await spellingWarnings(spelling, root)));
  }
  return { problems, warnings };
}

/**
 * `redirectFrom` turns an old address into a forward: it must not be the address of a page that
 * exists (the page would vanish behind the redirect), nor be claimed by two entries.
 */
function checkRedirects(
  redirecting: readonly { collection: EntryCollectionName; slug: string; source: EntryFacts }[],
  knownPaths: ReadonlySet<string>,
  unpublishedPaths: ReadonlySet<string>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const claimedBy = new Map<string, string>();
  for (const { collection, slug, source } of redirecting) {
    (source.facts.redirectFrom as unknown[]).forEach((old, index) => {
      if (typeof old !== 'string') return;
      const from = entryPath({ collection, slug: old, facts: source.facts }, sourceLocale);
      const line = source.lineOf(['redirectFrom', index]);
      if (old === slug || knownPaths.has(from) || unpublishedPaths.has(from)) {
        problems.push({
          file: source.file,
          line,
          title: `\`redirectFrom: ${quote(old)}\` names a page that exists`,
          detail: `${from} (and the same address in every language) is a page of the portal; a redirect would hide it.`,
          fix: 'List only old addresses that no entry uses any more.',
        });
        return;
      }
      const other = claimedBy.get(from);
      if (other) {
        problems.push({
          file: source.file,
          line,
          title: `\`redirectFrom: ${quote(old)}\` is claimed by two entries`,
          detail: `${other} redirects from the same old address.`,
          fix: 'Keep the old address in the one entry that replaced it.',
        });
        return;
      }
      claimedBy.set(from, source.file);
    });
  }
  return problems;
}

/** Ids of each data file; `undefined` when the file cannot be read (references to it are then not checked). */
type Ids = Record<DataFileName, Set<string> | undefined>;

/** The places of the trip map lie in a known place and lead to an article that exists. */
function checkDestinations(
  destinations: readonly { index: number; place: string; article?: string | undefined }[],
  ids: Ids,
  knownPaths: ReadonlySet<string>,
  file: string,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { index, place, article } of destinations) {
    if (ids.places && !ids.places.has(place)) {
      problems.push({ file, title: `record ${index + 1}: Unknown place \`${quote(place)}\``, fix: `Use one of: ${[...ids.places].join(', ')}.` });
    }
    if (article && !knownPaths.has(`/${sourceLocale}/${article}/`)) {
      problems.push({
        file,
        title: `record ${index + 1}: no article \`${quote(article)}\``,
        fix: 'Write the topic and slug of an article that exists, e.g. `tourism/thac-ba-lake`.',
      });
    }
  }
  return problems;
}

function loadDataIds(
  contentDir: string,
  rel: (p: string) => string,
  problems: ContentProblem[],
  formerUnits: FormerUnit[],
  destinations: { index: number; place: string; article?: string | undefined }[],
  placeSpans: Map<string, PlaceSpan>,
): Ids {
  const ids = {} as Ids;
  for (const [name, { file, schema }] of Object.entries(dataFiles) as [DataFileName, (typeof dataFiles)[DataFileName]][]) {
    ids[name] = new Set();
    const path = join(contentDir, 'data', file);
    if (!existsSync(path)) continue;
    const yaml = readYaml(readFileSync(path, 'utf8'));
    if (yaml.errors.length) {
      ids[name] = undefined;
      problems.push({
        file: rel(path),
        line: yaml.errors[0]!.line,
        title: 'The YAML cannot be read',
        detail: `${quote(yaml.errors[0]!.message, 160)}. Entries that refer to this file are not checked against it until it is fixed.`,
        fix: 'Check the indentation and quote values that contain a colon.',
      });
      continue;
    }
    const records: unknown = yaml.data ?? [];
    if (!Array.isArray(records)) {
      problems.push({ file: rel(path), title: 'Expected a list of records', fix: 'Start each record with "- id: …".' });
      continue;
    }
    const known = ids[name];
    records.forEach((record, index) => {
      const result = schema.safeParse(record);
      const id = (record as { id?: unknown })?.id;
      if (typeof id === 'string') {
        if (known.has(id)) {
          problems.push({ file: rel(path), line: yaml.lineOf([index]), title: `Id \`${quote(id)}\` is used twice`, fix: 'Give every record its own id.' });
        }
        known.add(id);
      }
      if (name === 'places' && result.success && String((result.data as { kind: string }).kind).startsWith('former-')) {
        formerUnits.push(result.data as FormerUnit);
      }
      if (name === 'destinations' && result.success) {
        const { place, article } = result.data as { place: string; article?: string };
        destinations.push({ index, place, article });
      }
      if (name === 'places' && result.success) {
        const { id, validFrom, validUntil, name: names } = result.data as { id: string; validFrom?: Date; validUntil?: Date; name: { en: string } };
        placeSpans.set(id, { validFrom, validUntil, name: names.en });
      }
      if (!result.success) {
        for (const issue of result.error.issues) {
          problems.push(
            issueToProblem(
              issue,
              rel(path),
              yaml.lineOf([index, ...issue.path]),
              `record ${index + 1}${typeof id === 'string' ? ` (${quote(id, 40)})` : ''}: `,
              valueAt(record, issue.path),
            ),
          );
        }
      }
    });
  }
  return ids;
}

async function validateEntry(
  entryDir: string,
  schemas: { neutral: z.ZodObject; words: z.ZodObject; consistency: Consistency[]; factRules?: Consistency[] },
  ids: Ids,
  placeSpans: ReadonlyMap<string, PlaceSpan>,
  rel: (p: string) => string,
  problems: ContentProblem[],
  bodies: PendingBody[],
): Promise<EntryFacts | undefined> {
  const files = readdirSync(entryDir).sort();
  const languageFiles = new Map<string, string>();
  const pictureFiles: string[] = [];
  // A video report may carry its video file and captions, when the portal hosts them.
  const hostsVideo = basename(dirname(entryDir)) === 'videos';
  const videoFiles: string[] = [];
  const captionFiles: string[] = [];
  for (const name of files) {
    if (name === MEDIA_FILE) continue;
    if (hostsVideo && VIDEO_FILE.test(name)) {
      videoFiles.push(name);
      continue;
    }
    if (hostsVideo && name.endsWith('.vtt')) {
      captionFiles.push(name);
      continue;
    }
    const match = LANGUAGE_FILE.exec(name);
    if (/^[a-z]{2,3}\.md$/.test(name)) {
      problems.push({
        file: rel(join(entryDir, name)),
        title: `\`${name}\` is a Markdown file; language files are \`.mdx\``,
        detail: files.includes(`${name}x`) ? `There is also ${name}x: only one file per language can be published.` : 'Only `.mdx` files are read and checked.',
        fix: files.includes(`${name}x`) ? `Keep the text in ${name}x and delete ${name}.` : `Rename it to ${name}x.`,
      });
      continue;
    }
    if (!match || !isLocale(match[1])) {
      if (/\.(mdx?|ya?ml)$/.test(name)) {
        problems.push({
          file: rel(join(entryDir, name)),
          title: `\`${quote(name)}\` is not named after a language of the portal`,
          detail: 'Each language file is named by its code.',
          fix: `Rename it to one of: ${localeCodes.map((c) => `${c}.mdx`).join(', ')}.`,
        });
      } else if (PICTURE_FILE.test(name)) {
        pictureFiles.push(name);
      } else {
        problems.push({
          file: rel(join(entryDir, name)),
          title: `\`${quote(name)}\` does not belong in an entry folder`,
          detail: `An entry folder holds one \`.mdx\` file per language, the pictures it shows (JPEG, PNG, WebP or AVIF) and their credits (${MEDIA_FILE}).`,
          fix: 'Remove it: drawings (SVG), pages and documents are not published from an entry folder.',
        });
      }
      continue;
    }
    languageFiles.set(match[1]!, join(entryDir, name));
  }
  for (const required of requiredLocales) {
    if (!languageFiles.has(required)) {
      problems.push({
        file: rel(join(entryDir, `${required}.mdx`)),
        title: `Missing ${required === 'vi' ? 'Vietnamese' : 'English'} file`,
        detail: `Every entry needs ${requiredLocales.map((l) => `${l}.mdx`).join(' and ')}; this folder has ${[...languageFiles.keys()].map((l) => `${l}.mdx`).join(', ') || 'no language file'}.`,
        fix: `Create ${rel(join(entryDir, `${required}.mdx`))}${required === sourceLocale ? ' with the title, the description and every language-neutral fact' : ' with the title, description and text in that language'}.`,
      });
    }
  }

  const full = schemas.words.extend(schemas.neutral.shape);
  const translation = schemas.words.extend(schemas.neutral.partial().shape);
  let source: EntryFacts | undefined;

  // The source file first: translations are compared with it.
  const ordered = [...languageFiles.entries()].sort(([a], [b]) => (a === sourceLocale ? -1 : b === sourceLocale ? 1 : 0));
  for (const [locale, path] of ordered) {
    const file = rel(path);
    const text = readFileSync(path, 'utf8');
    const frontmatter = parseFrontmatter(text);
    if (!frontmatter) {
      problems.push({
        file,
        line: 1,
        title: 'No frontmatter',
        detail: 'The file must start with a line `---`, the fields, then another line `---`.',
        fix: 'Add the frontmatter block at the top of the file (see docs/content-model.md).',
      });
      continue;
    }
    for (const error of frontmatter.errors) {
      problems.push({
        file,
        line: error.line,
        title: 'The frontmatter cannot be read',
        detail: quote(error.message, 160),
        fix: error.message.startsWith('YAML aliases')
          ? 'Write each value out in full: `&name` and `*name` are not used in content.'
          : 'Check the indentation, and put double quotes around a value that contains a colon (:).',
      });
    }
    if (frontmatter.errors.length) continue;
    const body = splitFrontmatter(text)!.body;
    const words = (['title', 'description'] as const)
      .filter((field) => typeof frontmatter.data[field] === 'string')
      .map((field) => ({ text: String(frontmatter.data[field]), line: frontmatter.lineOf([field]) }));
    const accepted = Array.isArray(frontmatter.data.acceptedWarnings) ? (frontmatter.data.acceptedWarnings as { text: string }[]) : [];
    bodies.push({
      body,
      text,
      words,
      wordFields: wordFieldTexts(frontmatter.data, Object.keys(schemas.words.shape), frontmatter.lineOf),
      accepted,
      file,
      absolutePath: path,
      locale: locale as Locale,
      firstLine: text.split('\n').length - body.split('\n').length + 1,
      unpublished: false,
    });

    const isSource = locale === sourceLocale;
    const result = (isSource ? full : translation).safeParse(frontmatter.data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push(issueToProblem(issue, file, frontmatter.lineOf(issue.path), '', valueAt(frontmatter.data, issue.path)));
      }
    }
    if (isSource) {
      source = { facts: frontmatter.data, lineOf: frontmatter.lineOf, file };
      checkReferences(frontmatter.data, ids, file, frontmatter.lineOf, problems);
    }
    const sourceData = source?.facts;
    // Rules across fields: on the vi file itself, and on each translation against it.
    if (sourceData) {
      for (const rule of [...schemas.consistency, ...(isSource ? (schemas.factRules ?? []) : [])]) {
        for (const mismatch of rule(sourceData, frontmatter.data)) {
          problems.push({ file, line: frontmatter.lineOf([mismatch.field]), title: mismatch.title, fix: mismatch.fix });
        }
      }
    }
    if (!isSource && sourceData) {
      for (const field of Object.keys(schemas.neutral.shape)) {
        if (!(field in frontmatter.data)) continue;
        const mine = JSON.stringify(frontmatter.data[field]);
        const theirs = JSON.stringify(sourceData[field]);
        if (mine !== theirs) {
          problems.push({
            file,
            line: frontmatter.lineOf([field]),
            title: `\`${field}\` contradicts the Vietnamese file`,
            detail: `This file says \`${field}: ${quote(mine)}\`, ${sourceLocale}.mdx says \`${quote(theirs ?? '(nothing)')}\`. Language-neutral facts are written once, in ${sourceLocale}.mdx.`,
            fix: `Delete \`${field}\` from this file (it is inherited from ${sourceLocale}.mdx), or correct ${sourceLocale}.mdx if that is where the mistake is.`,
          });
        }
      }
    }
  }
  const entryBodies = bodies.filter((b) => b.absolutePath.startsWith(entryDir + sep));
  const inText = new Set(entryBodies.flatMap((b) => [...b.body.matchAll(/!\[[^\]]*\]\(\s*\.\/([^)\s]+)/g)].map((m) => m[1]!)));
  const pictures = await checkEntryPictures({
    entryDir,
    rel,
    pictureFiles,
    locales: [...languageFiles.keys()] as Locale[],
    places: ids.places,
    placeSpans,
    source,
    inText,
  });
  problems.push(...pictures.problems);
  for (const pending of entryBodies) pending.pictures = pictures.credited;
  if (hostsVideo) problems.push(...checkVideoFiles({ entryDir, rel, videoFiles, captionFiles, source }));
  return source;
}

/** The text of each field of words (strings, lists of strings, labels by id), with its line. */
function wordFieldTexts(data: Record<string, unknown>, fields: readonly string[], lineOf: (path: readonly PropertyKey[]) => number): DatedText[] {
  const texts: DatedText[] = [];
  for (const field of fields) {
    // Accepted warnings are notes for the check, not text readers see.
    if (field === 'acceptedWarnings') continue;
    const value = data[field];
    if (typeof value === 'string') texts.push({ text: value, line: lineOf([field]) });
    else if (Array.isArray(value)) value.forEach((item, index) => typeof item === 'string' && texts.push({ text: item, line: lineOf([field, index]) }));
    else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) if (typeof item === 'string') texts.push({ text: item, line: lineOf([field, key]) });
    }
  }
  return texts;
}

function checkReferences(data: Record<string, unknown>, ids: Ids, file: string, lineOf: (path: readonly PropertyKey[]) => number, problems: ContentProblem[]) {
  for (const [field, dataFile] of Object.entries(references)) {
    const value = data[field];
    const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
    const known = ids[dataFile];
    // An unreadable data file was reported once; every reference to it would only repeat that.
    if (!known) continue;
    values.forEach((id, index) => {
      if (typeof id !== 'string' || known.has(id)) return;
      problems.push({
        file,
        line: lineOf(Array.isArray(value) ? [field, index] : [field]),
        title: `Unknown ${field.replace(/s$/, '')} \`${quote(id)}\``,
        detail: `\`${quote(id)}\` is not listed in content/data/${dataFiles[dataFile].file}.`,
        fix: `Use one of: ${[...known].join(', ') || '(the file is empty)'}. Or add the ${field.replace(/s$/, '')} to content/data/${dataFiles[dataFile].file}.`,
      });
    });
  }
}

/** The value at a path in parsed frontmatter, to quote it in a message. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<PropertyKey, unknown> | undefined)?.[key], data);
}

/** Turns a zod issue into an editor's message. */
function issueToProblem(issue: z.core.$ZodIssue, file: string, line: number | undefined, prefix = '', value?: unknown): ContentProblem {
  const field = issue.path.map(String).join('.') || '(frontmatter)';
  const input = 'input' in issue && issue.input !== undefined ? issue.input : value;
  if ((issue.code === 'too_big' || issue.code === 'too_small') && typeof input === 'string') {
    const limit = issue.code === 'too_big' ? `at most ${issue.maximum}` : `at least ${issue.minimum}`;
    return {
      file,
      line,
      title: `\`${field}\` is too ${issue.code === 'too_big' ? 'long' : 'short'}: ${[...input].length} characters, ${limit}`,
      detail: `The value is "${quote(input)}".`,
      fix: issue.code === 'too_big' ? `Shorten \`${field}\`.` : `Write a fuller \`${field}\`.`,
    };
  }
  if (issue.code === 'unrecognized_keys') {
    return {
      file,
      line,
      title: `${prefix}Unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys
        .slice(0, 10)
        .map((k) => `\`${quote(k, 40)}\``)
        .join(', ')}${issue.keys.length > 10 ? ` and ${issue.keys.length - 10} more` : ''}`,
      detail: 'A field that the portal does not know is never shown, so a typo would silently lose information.',
      fix: 'Check the spelling against docs/content-model.md, or remove the field. A translation carries only words (title, description, …), never facts.',
    };
  }
  if (issue.code === 'invalid_type' && input === undefined) {
    return {
      file,
      line,
      title: `${prefix}Missing field \`${field}\``,
      detail: `\`${field}\` is required (${issue.expected}).`,
      fix: file.endsWith('.yaml')
        ? `Add \`${field}: …\` to this record (see docs/content-model.md).`
        : `Add a line \`${field}: …\` to the frontmatter (see docs/content-model.md).`,
    };
  }
  if (issue.code === 'invalid_value') {
    return {
      file,
      line,
      title: `${prefix}\`${field}: ${quote(String(input))}\` is not a valid value`,
      fix: `Use one of: ${issue.values.map(String).join(', ')}.`,
    };
  }
  return {
    file,
    line,
    title: `${prefix}Invalid \`${field}\``,
    detail: `${input === undefined ? '' : `The value ${quote(JSON.stringify(input) ?? String(input))} is wrong: `}${issue.message}.`,
    fix: `Correct \`${field}\` as the message says (see docs/content-model.md).`,
  };
}
