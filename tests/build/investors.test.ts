import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/i18n/locales';
import { csvColumns, type OpportunityRecord } from '../../src/lib/openData';
import { assertBuilt, readPage } from '../support/dist';

beforeAll(assertBuilt);

const root = join(import.meta.dirname, '..', '..');
const sectors = (parse(readFileSync(join(root, 'content', 'data', 'sectors.yaml'), 'utf8')) as { id: string }[]).map((s) => s.id);

/** A small RFC 4180 reader, enough to prove the file is well formed. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('investor pages', () => {
  it('publish every sector in every locale', () => {
    expect(sectors.length).toBeGreaterThanOrEqual(8);
    for (const locale of localeCodes) {
      for (const sector of sectors) {
        expect(readPage(`/${locale}/invest/sectors/${sector}/`), `${locale}/${sector}`).toContain('<h1');
      }
    }
  });

  it('list at least 20 opportunities across at least 8 sectors, each labelled if illustrative', () => {
    const { opportunities } = JSON.parse(readPage('/en/invest/opportunities.json')) as { opportunities: OpportunityRecord[] };
    expect(opportunities.length).toBeGreaterThanOrEqual(20);
    expect(new Set(opportunities.map((o) => o.sector)).size).toBeGreaterThanOrEqual(8);
    for (const o of opportunities.filter((o) => o.illustrative)) {
      expect(readPage(new URL(o.url).pathname), o.id).toContain('notice-illustrative');
    }
  });
});

describe('open data', () => {
  it.each(localeCodes)('%s: JSON and CSV parse and hold the same records', (locale) => {
    const json = JSON.parse(readPage(`/${locale}/invest/opportunities.json`)) as { count: number; opportunities: OpportunityRecord[] };
    const csvText = readPage(`/${locale}/invest/opportunities.csv`);
    expect(csvText.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(csvText.slice(1));
    expect(header).toEqual([...csvColumns]);
    expect(rows).toHaveLength(json.count);
    expect(json.opportunities).toHaveLength(json.count);
    rows.forEach((row, i) => {
      const record = json.opportunities[i]!;
      expect(row[csvColumns.indexOf('id')]).toBe(record.id);
      expect(row[csvColumns.indexOf('title')]).toBe(record.title);
      expect(row[csvColumns.indexOf('capitalVnd')]).toBe(record.capitalVnd === null ? '' : String(record.capitalVnd));
    });
  });

  it('gives the same figures as the opportunity pages', () => {
    const { opportunities } = JSON.parse(readPage('/en/invest/opportunities.json')) as { opportunities: OpportunityRecord[] };
    for (const record of opportunities) {
      const html = readPage(new URL(record.url).pathname);
      const field = (name: string) => new RegExp(`data-field="${name}" data-value="([^"]*)"`).exec(html)?.[1];
      expect(field('sector'), record.id).toBe(record.sector);
      expect(field('place'), record.id).toBe(record.place);
      expect(field('areaHa') ?? null, record.id).toBe(record.areaHa === null ? null : String(record.areaHa));
      expect(field('capitalVnd') ?? null, record.id).toBe(record.capitalVnd === null ? null : String(record.capitalVnd));
      expect(field('capitalUsd') ?? null, record.id).toBe(record.capitalUsd === null ? null : String(record.capitalUsd));
      expect(field('status'), record.id).toBe(record.status);
      expect(field('lastVerified'), record.id).toBe(record.lastVerified);
    }
  });

  it('links the downloads from the investors’ pages', () => {
    const html = readPage('/fr/invest/opportunities/');
    expect(html).toContain('href="/fr/invest/opportunities.csv"');
    expect(html).toContain('href="/fr/invest/opportunities.json"');
    expect(readdirSync(join(root, 'dist', 'fr', 'invest'))).toContain('data');
  });
});
