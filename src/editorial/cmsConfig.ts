import type { z } from 'astro/zod';
import type { CmsBackend } from '../config/cmsBackend';
import { localeCodes, localeTraits, requiredLocales, sourceLocale, type Locale } from '../i18n/locales';
import { dataFiles, entryCollections, type DataFileName, type EntryCollectionName } from '../schemas/registry';
import { bilingual, collectionLabels, fieldLabels, valueLabels, type BilingualLabel } from './cmsLabels';
import { MAX_IMAGE_BYTES } from './checkBody';
import { cmsFormat, sourceField } from './cmsNames';
import type { TranslationState } from './translationStatus';

/**
 * The configuration of the browser editor (Sveltia CMS, served at /admin/), made from the zod
 * schemas of src/schemas/ and the locale table, so that it cannot drift from what `npm run check`
 * accepts: every field, whether it is required, its values, its limits; places, sectors and
 * contacts as relations to content/data/*.yaml; words in every language file, language-neutral
 * facts only in vi.mdx (`i18n: true` and `false`).
 *
 * Sveltia's folder collections cannot read or write `content/<collection>/<slug>/<lang>.mdx`
 * (their i18n structures put the language before the slug or beside it: `<slug>.<lang>.mdx`), but
 * a file collection whose path has `{{locale}}` can. So each existing entry is a file of a file
 * collection (its languages side by side, neutral facts once), listed when the portal is built;
 * a new entry is created in two folder collections, one for its vi.mdx and one for its en.mdx
 * (docs/editing-in-the-browser.md says why and what a change of layout would give).
 */

/** An entry of the content, as the editor lists it. */
export interface CmsEntry {
  collection: EntryCollectionName;
  slug: string;
  /** Its Vietnamese title. */
  title: string;
  /** The state of each translation (`npm run translations`). */
  states: Partial<Record<Locale, TranslationState>>;
}

/** One field of Sveltia's configuration. */
export type CmsField = Record<string, unknown> & { name: string; widget: string };

type Schema = z.core.$ZodType;
interface Def {
  type: string;
  innerType?: Schema;
  element?: Schema;
  entries?: Record<string, string>;
  shape?: Record<string, Schema>;
  items?: Schema[];
  valueType?: Schema;
  defaultValue?: unknown;
  checks?: { _zod: { def: { check: string; minimum?: number; maximum?: number; value?: number; pattern?: RegExp; format?: string } } }[];
}
const defOf = (schema: Schema): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schema without `.optional()` and `.default()`, and whether a value must be written. */
function unwrap(schema: Schema): { inner: Schema; required: boolean; defaultValue?: unknown } {
  let inner = schema;
  let required = true;
  let defaultValue: unknown;
  for (;;) {
    const def = defOf(inner);
    if (def.type === 'optional') required = false;
    else if (def.type === 'default') {
      required = false;
      defaultValue = typeof def.defaultValue === 'function' ? (def.defaultValue as () => unknown)() : def.defaultValue;
    } else return { inner, required, ...(defaultValue === undefined ? {} : { defaultValue }) };
    inner = def.innerType!;
  }
}

/** Limits and patterns of a string or number schema, as Sveltia options. */
function limits(def: Def): Record<string, unknown> {
  const options: Record<string, unknown> = {};
  for (const { _zod } of def.checks ?? []) {
    const check = _zod.def;
    if (check.check === 'min_length' && def.type === 'string') options.minlength = check.minimum;
    if (check.check === 'max_length' && def.type === 'string') options.maxlength = check.maximum;
    if (check.check === 'string_format' && check.format === 'regex' && check.pattern) options.pattern = [check.pattern.source, `${check.pattern.source}`];
    if (check.check === 'greater_than') options.min = check.value;
    if (check.check === 'less_than') options.max = check.value;
  }
  return options;
}

/** The label of a field; a missing one is a test failure (cmsConfig.test.ts), shown as the name meanwhile. */
const labelOf = (name: string): string => (fieldLabels[name] ? bilingual(fieldLabels[name]) : name);

/** The label of an enum value: the UI string readers see, else the labels of cmsLabels.ts. */
function valueLabel(field: string, value: string, uiKey: string | undefined): string {
  const vi = localeTraits('vi').ui as Record<string, string>;
  const en = localeTraits('en').ui as Record<string, string>;
  if (uiKey && vi[`${uiKey}.${value}`] && en[`${uiKey}.${value}`]) return bilingual({ vi: vi[`${uiKey}.${value}`]!, en: en[`${uiKey}.${value}`]! });
  const own: BilingualLabel | undefined = valueLabels[field]?.[value];
  return own ? bilingual(own) : value;
}

/** The UI strings that name the values of an enum field, by collection and field. */
function uiKeyOf(collection: string, field: string): string | undefined {
  if (field === 'topic') return 'topic';
  if (field === 'themes') return 'theme';
  if (field === 'form') return 'form';
  if (field === 'status') return 'status';
  if (field === 'kind') return { events: 'eventKind', press: 'pressKind', zones: 'zoneKind' }[collection];
  return undefined;
}

/** Fields whose values are ids of a data file, and which. */
const relations: Record<string, DataFileName> = { places: 'places', place: 'places', sectors: 'sectors', sector: 'sectors', contact: 'contacts' };

/** A relation to the records of content/data/<file>.yaml, shown by their Vietnamese and English names. */
function relationTo(file: DataFileName, multiple: boolean): Record<string, unknown> & { widget: string } {
  return {
    widget: 'relation',
    collection: 'data',
    file,
    value_field: `${file}.*.id`,
    search_fields: [`${file}.*.id`, `${file}.*.name.vi`, `${file}.*.name.en`],
    display_fields: [`${file}.*.name.vi`],
    multiple,
  };
}

/** Sveltia's field for one schema field. `i18n`: words (true) or language-neutral facts (false). */
function fieldFor(collection: string, name: string, schema: Schema, i18n: boolean): CmsField {
  const { inner, required, defaultValue } = unwrap(schema);
  const def = defOf(inner);
  const base = {
    name,
    label: labelOf(name),
    required,
    i18n,
    ...(defaultValue === undefined || (Array.isArray(defaultValue) && defaultValue.length === 0) ? {} : { default: defaultValue }),
  };
  const relation = relations[name];
  switch (def.type) {
    case 'string':
      if (relation) return { ...base, ...relationTo(relation, false) };
      return { ...base, widget: name === 'description' || name === 'reason' ? 'text' : 'string', ...limits(def) };
    case 'enum':
      return {
        ...base,
        widget: 'select',
        options: Object.values(def.entries!).map((value) => ({ value, label: valueLabel(name, value, uiKeyOf(collection, name)) })),
      };
    case 'date':
      return { ...base, widget: 'datetime', time_format: false, date_format: 'YYYY-MM-DD', format: 'YYYY-MM-DD' };
    case 'boolean':
      return { ...base, widget: 'boolean' };
    case 'number': {
      const integer = (def.checks ?? []).some(({ _zod }) => _zod.def.check === 'number_format' && /int/.test(_zod.def.format ?? ''));
      return { ...base, widget: 'number', value_type: integer ? 'int' : 'float', ...limits(def) };
    }
    case 'object':
      return { ...base, widget: 'object', fields: Object.entries(def.shape!).map(([key, value]) => fieldFor(collection, key, value, i18n)) };
    case 'tuple':
      return {
        ...base,
        widget: 'list',
        min: def.items!.length,
        max: def.items!.length,
        field: { name: 'value', label: labelOf('value'), widget: 'number', value_type: 'float' },
      };
    case 'record':
      return { ...base, widget: 'keyvalue', key_label: labelOf('id'), value_label: labelOf('value') };
    case 'array': {
      const element = unwrap(defOf(inner).element!).inner;
      const elementDef = defOf(element);
      const count = minItems(def);
      if (relation) return { ...base, ...relationTo(relation, true), ...count };
      if (elementDef.type === 'enum') {
        return {
          ...base,
          widget: 'select',
          multiple: true,
          options: Object.values(elementDef.entries!).map((value) => ({ value, label: valueLabel(name, value, uiKeyOf(collection, name)) })),
          ...count,
        };
      }
      if (elementDef.type === 'object') {
        return { ...base, widget: 'list', ...count, fields: Object.entries(elementDef.shape!).map(([key, value]) => fieldFor(collection, key, value, i18n)) };
      }
      const item = fieldFor(collection, 'value', element, i18n);
      return { ...base, widget: 'list', ...count, field: { ...item, label: labelOf(name) } };
    }
  }
  throw new Error(`cmsConfig: no editor field for \`${collection}.${name}\` (${def.type}); add one in src/editorial/cmsConfig.ts.`);
}

/** `min` of a list from the array's `.min(n)`. */
function minItems(def: Def): Record<string, unknown> {
  const min = (def.checks ?? []).find(({ _zod }) => _zod.def.check === 'min_length')?._zod.def.minimum;
  return min === undefined ? {} : { min };
}

/** The fields of one collection: words first, then the facts, then the text. `words`/`facts` choose which. */
export function collectionFields(collection: EntryCollectionName, { words = true, facts = true }: { words?: boolean; facts?: boolean } = {}): CmsField[] {
  const { neutral, words: wordSchema } = entryCollections[collection];
  const wordFields = Object.entries(wordSchema.shape).filter(([name]) => name !== 'acceptedWarnings');
  const accepted = wordSchema.shape.acceptedWarnings as Schema;
  return [
    // Carries the file as it was read (never written): the format writes back only what changed.
    { name: sourceField, widget: 'hidden', i18n: true },
    ...(words ? wordFields.map(([name, schema]) => fieldFor(collection, name, schema as Schema, true)) : []),
    ...(facts ? Object.entries(neutral.shape).map(([name, schema]) => fieldFor(collection, name, schema as Schema, false)) : []),
    ...(words
      ? [
          fieldFor(collection, 'acceptedWarnings', accepted, true),
          { name: 'body', label: labelOf('body'), widget: 'markdown', i18n: true, required: false, modes: ['raw'] },
        ]
      : []),
  ];
}

/** The marks of the translation states in a file's label, as `npm run translations` prints them. */
const stateMarks: Partial<Record<TranslationState, string>> = { outdated: 'cũ/outdated', uncommitted: 'mới/new' };

/** "Tiêu đề — thiếu/missing: ja, ko · cũ/outdated: fr": an entry with the state of its translations. */
export function entryLabel(entry: CmsEntry): string {
  const missing = localeCodes.filter((l) => !entry.states[l] || entry.states[l] === 'missing');
  const parts = [
    missing.length ? `thiếu/missing: ${missing.join(', ')}` : '',
    ...(['outdated', 'uncommitted'] as const).map((state) => {
      const locales = localeCodes.filter((l) => entry.states[l] === state);
      return locales.length ? `${stateMarks[state]}: ${locales.join(', ')}` : '';
    }),
  ].filter(Boolean);
  return parts.length ? `${entry.title} — ${parts.join(' · ')}` : entry.title;
}

/** Settings every collection shares: the portal's MDX, pictures beside the text. */
const fileSettings = { format: cmsFormat, extension: 'mdx', media_folder: '', public_folder: '' };

/** The whole configuration of the editor, for CMS.init(). */
export function cmsConfig({ entries, backend, siteUrl }: { entries: readonly CmsEntry[]; backend: CmsBackend; siteUrl: string }): Record<string, unknown> {
  const collections: Record<string, unknown>[] = [];
  for (const collection of Object.keys(entryCollections) as EntryCollectionName[]) {
    const label = collectionLabels[collection];
    const own = entries.filter((e) => e.collection === collection);
    collections.push({
      name: collection,
      label: bilingual(label.many),
      label_singular: bilingual(label.one),
      description: 'Mọi bản dịch cạnh bản tiếng Việt · Every translation beside the Vietnamese text',
      i18n: true,
      files: own.map((entry) => ({
        name: entry.slug,
        label: entryLabel(entry),
        file: `content/${collection}/${entry.slug}/{{locale}}.mdx`,
        format: cmsFormat,
        media_folder: '',
        public_folder: '',
        i18n: true,
        fields: collectionFields(collection),
      })),
    });
    for (const locale of requiredLocales) {
      const isSource = locale === sourceLocale;
      collections.push({
        name: `${collection}-${locale}`,
        // Short enough for the sidebar: "＋ Bài viết (vi)"; the description says the rest in both languages.
        label: `＋ ${label.one.vi} (${locale})`,
        label_singular: bilingual(label.one),
        description: isSource
          ? 'Tạo bài mới: viết bản tiếng Việt ở đây, rồi bản tiếng Anh với cùng tên tệp (slug). · New entry: write its Vietnamese text here, then its English text with the same slug.'
          : 'Bản tiếng Anh của bài mới: dùng đúng tên tệp (slug) của bản tiếng Việt. · The English text of a new entry: use the slug of its Vietnamese text.',
        folder: `content/${collection}`,
        path: `{{slug}}/${locale}`,
        ...fileSettings,
        create: true,
        delete: false,
        slug: { editable: ['create'] },
        identifier_field: 'title',
        summary: '{{title}}',
        fields: collectionFields(collection, { facts: isSource }).map((field) => ({ ...field, i18n: undefined })),
      });
    }
  }
  collections.push({
    name: 'data',
    label: 'Danh mục · Lists',
    hide: true,
    files: (Object.keys(dataFiles) as DataFileName[])
      .filter((name) => Object.values(relations).includes(name))
      .map((name) => ({
        name,
        label: name,
        file: `content/data/${dataFiles[name].file}`,
        format: 'yaml',
        fields: [
          {
            name,
            widget: 'list',
            root: true,
            fields: [
              { name: 'id', widget: 'string' },
              {
                name: 'name',
                widget: 'object',
                fields: localeCodes.map((code) => ({ name: code, widget: 'string', required: code === sourceLocale || code === 'en' })),
              },
            ],
          },
        ],
      })),
  });
  return {
    load_config_file: false,
    backend: { branch: 'main', ...backend },
    publish_mode: 'simple',
    media_folder: 'content',
    site_url: siteUrl,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    i18n: { structure: 'multiple_files', locales: [...localeCodes], default_locale: sourceLocale, initial_locales: [...requiredLocales] },
    output: { omit_empty_optional_fields: true },
    // Pictures: no larger than the content check accepts; no stock-photo services (other sites).
    media_libraries: { default: { config: { max_file_size: MAX_IMAGE_BYTES, slugify_filename: true } }, stock_assets: { providers: [] } },
    collections,
  };
}
