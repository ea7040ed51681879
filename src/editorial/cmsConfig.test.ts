import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { localeCodes, requiredLocales, sourceLocale } from '../i18n/locales';
import { entryCollections, type EntryCollectionName } from '../schemas/registry';
import { cmsConfig, collectionFields, entryLabel, type CmsField } from './cmsConfig';
import { fieldLabels } from './cmsLabels';
import { cmsFormat, sourceField } from './cmsNames';

const collections = Object.keys(entryCollections) as EntryCollectionName[];
const config = cmsConfig({
  entries: [{ collection: 'articles', slug: 'yen-bai-today', title: 'Yên Bái hôm nay', states: { vi: 'source', en: 'up-to-date', fr: 'outdated' } }],
  backend: { name: 'github', repo: 'owner/portal' },
  siteUrl: 'https://portal.example.org',
}) as {
  i18n: Record<string, unknown>;
  collections: { name: string; files?: { file: string; fields: CmsField[] }[]; path?: string; folder?: string; fields?: CmsField[] }[];
};

/** Every field of a list, nested ones included, with the path to it. */
const flatten = (fields: readonly CmsField[], prefix = ''): [string, CmsField][] =>
  fields.flatMap((field) => [
    [`${prefix}${field.name}`, field] as [string, CmsField],
    ...flatten((field.fields as CmsField[] | undefined) ?? [], `${prefix}${field.name}.`),
    ...(field.field ? flatten([field.field as CmsField], `${prefix}${field.name}[].`) : []),
  ]);

describe('the browser editor’s configuration, from the schemas', () => {
  it.each(collections)('%s: every field of the schemas, and no other; words in every language file, facts in vi.mdx only', (collection) => {
    const { neutral, words } = entryCollections[collection];
    const fields = collectionFields(collection);
    const names = fields.map((f) => f.name);
    expect(new Set(names)).toEqual(new Set([sourceField, 'body', ...Object.keys(words.shape), ...Object.keys(neutral.shape)]));
    for (const name of Object.keys(words.shape)) expect(fields.find((f) => f.name === name)!.i18n, name).toBe(true);
    for (const name of Object.keys(neutral.shape)) expect(fields.find((f) => f.name === name)!.i18n, name).toBe(false);
  });

  it.each(collections)('%s: a field is required exactly when the schema needs a value', (collection) => {
    const { neutral, words } = entryCollections[collection];
    const shape: Record<string, z.ZodType> = { ...words.shape, ...neutral.shape };
    for (const field of collectionFields(collection).filter((f) => f.name in shape)) {
      expect(field.required, `${collection}.${field.name}`).toBe(!shape[field.name]!.safeParse(undefined).success);
    }
  });

  it.each(collections)('%s: every value a select offers is one the schema accepts, and every value it accepts is offered', (collection) => {
    const { neutral, words } = entryCollections[collection];
    const shape: Record<string, z.ZodType> = { ...words.shape, ...neutral.shape };
    for (const field of collectionFields(collection).filter((f) => f.widget === 'select')) {
      const values = (field.options as { value: string }[]).map((o) => o.value);
      const wrap = (v: string) => (field.multiple ? [v] : v);
      for (const value of values) expect(shape[field.name]!.safeParse(wrap(value)).success, `${collection}.${field.name}: ${value}`).toBe(true);
      expect(shape[field.name]!.safeParse(wrap('not-a-value')).success).toBe(false);
      expect(new Set(values).size).toBe(values.length);
    }
  });

  it('limits text fields as the schemas do (title 3–110, description 20–260), and ids to their pattern', () => {
    const fields = Object.fromEntries(flatten(collectionFields('articles')));
    expect(fields.title).toMatchObject({ minlength: 3, maxlength: 110 });
    expect(fields.description).toMatchObject({ minlength: 20, maxlength: 260, widget: 'text' });
    expect(fields['redirectFrom[].value']).toMatchObject({ pattern: ['^[a-z0-9]+(?:-[a-z0-9]+)*$', expect.any(String)] });
    expect(fields.sources).toMatchObject({ widget: 'list', min: 1 });
  });

  it('offers places, sectors and contacts from content/data/*.yaml, as relations', () => {
    const articles = Object.fromEntries(flatten(collectionFields('articles')));
    expect(articles.places).toMatchObject({ widget: 'relation', collection: 'data', file: 'places', value_field: 'places.*.id', multiple: true });
    expect(articles.sectors).toMatchObject({ widget: 'relation', file: 'sectors', multiple: true });
    const opportunities = Object.fromEntries(flatten(collectionFields('opportunities')));
    expect(opportunities.place).toMatchObject({ widget: 'relation', file: 'places', multiple: false });
    expect(opportunities.contact).toMatchObject({ widget: 'relation', file: 'contacts' });
    const data = config.collections.find((c) => c.name === 'data')!;
    expect(data.files!.map((f) => f.file).sort()).toEqual(['content/data/contacts.yaml', 'content/data/places.yaml', 'content/data/sectors.yaml']);
  });

  it('labels every field of every schema in Vietnamese and English', () => {
    const unlabelled = collections.flatMap((collection) =>
      flatten(collectionFields(collection))
        .map(([path, field]) => [path, field.name] as const)
        .filter(([, name]) => name !== sourceField && !(name in fieldLabels))
        .map(([path]) => `${collection}.${path}`),
    );
    expect(unlabelled).toEqual([]);
  });

  it('uses the languages of src/i18n/locales.ts, vi as the source, vi and en on every new entry', () => {
    expect(config.i18n).toEqual({
      structure: 'multiple_files',
      locales: [...localeCodes],
      default_locale: sourceLocale,
      initial_locales: [...requiredLocales],
    });
  });

  it('keeps the layout content/<collection>/<slug>/<lang>.mdx: one file per language, in the portal’s own format', () => {
    const articles = config.collections.find((c) => c.name === 'articles')!;
    expect(articles.files!.map((f) => f.file)).toEqual(['content/articles/yen-bai-today/{{locale}}.mdx']);
    expect(articles.files![0]).toMatchObject({ format: cmsFormat });
    for (const locale of requiredLocales) {
      expect(config.collections.find((c) => c.name === `articles-${locale}`)).toMatchObject({
        folder: 'content/articles',
        path: `{{slug}}/${locale}`,
        format: cmsFormat,
        create: true,
      });
    }
    // The English file of a new entry carries words only.
    const en = config.collections.find((c) => c.name === 'articles-en')!.fields!.map((f) => f.name);
    expect(en).not.toContain('topic');
    expect(en).toContain('title');
  });

  it('shows the state of the translations beside each entry', () => {
    expect(
      entryLabel({ collection: 'articles', slug: 'x', title: 'Tiêu đề', states: { vi: 'source', en: 'up-to-date', fr: 'outdated', ja: 'uncommitted' } }),
    ).toBe('Tiêu đề — thiếu/missing: ko, de, zh, lo · cũ/outdated: fr · mới/new: ja');
    expect(entryLabel({ collection: 'articles', slug: 'x', title: 'Tiêu đề', states: Object.fromEntries(localeCodes.map((l) => [l, 'up-to-date'])) })).toBe(
      'Tiêu đề',
    );
  });
});
