import { describe, expect, it } from 'vitest';
import type { Locale } from '../i18n/locales';
import { timeTruthWarnings, type FormerUnit } from './timeTruth';

const units: FormerUnit[] = [
  {
    id: 'mu-cang-chai',
    name: {
      vi: 'huyện Mù Cang Chải',
      en: 'Mù Cang Chải district',
      fr: 'district de Mù Cang Chải',
      ja: 'ムーカンチャイ県',
      ko: '무깡짜이현',
      de: 'Kreis Mù Cang Chải',
      zh: '木江界县',
      lo: 'ເມືອງ ມູ່ກັງຈ້າຍ',
    },
  },
  {
    id: 'yen-bai-province',
    name: {
      vi: 'tỉnh Yên Bái (cũ)',
      en: 'former Yên Bái province',
      fr: 'ancienne province de Yên Bái',
      ja: '旧イエンバイ省',
      ko: '옛 옌바이성',
      de: 'ehemalige Provinz Yên Bái',
      zh: '原安沛省',
      lo: 'ອະດີດແຂວງ ອຽນບ໋າຍ',
    },
  },
];
const warn = (locale: Locale, text: string, accepted: { text: string }[] = []) =>
  timeTruthWarnings(`${locale}.mdx`, locale, [{ text, line: 5 }], units, accepted);

describe('timeTruthWarnings()', () => {
  it.each([
    ['vi', 'Huyện Mù Cang Chải nổi tiếng với ruộng bậc thang.', 'huyện Mù Cang Chải'],
    ['en', 'Mù Cang Chải district is famous for its terraces.', 'Mù Cang Chải district'],
    ['fr', 'Le district de Mù Cang Chải est célèbre pour ses rizières.', 'district de Mù Cang Chải'],
    ['de', 'Der Kreis Mù Cang Chải ist für seine Reisterrassen bekannt.', 'Kreis Mù Cang Chải'],
    ['ja', 'ムーカンチャイ県は棚田で有名です。', 'ムーカンチャイ県'],
    ['ko', '무깡짜이현은 계단식 논으로 유명합니다.', '무깡짜이현'],
    ['zh', '木江界县以梯田闻名。', '木江界县'],
    ['lo', 'ເມືອງ ມູ່ກັງຈ້າຍ ມີຊື່ສຽງດ້ານນາຂັ້ນໄດ.', 'ເມືອງ ມູ່ກັງຈ້າຍ'],
    ['en', 'Yên Bái province is in the north.', 'Yên Bái province'],
  ] as const)('flags a %s sentence that names a former unit in the present: %s', (locale, text, unit) => {
    const [warning, ...more] = warn(locale, text);
    expect(more).toEqual([]);
    expect(warning).toMatchObject({ file: `${locale}.mdx`, line: 5, severity: 'warning', title: `\`${unit}\` named as if it still existed` });
  });

  it.each([
    ['vi', 'Huyện Mù Cang Chải (cũ) nổi tiếng với ruộng bậc thang.'],
    ['vi', 'Đến hết ngày 30/6/2025, Mù Cang Chải là một huyện; huyện Mù Cang Chải có 14 xã.'],
    ['en', 'Until 30 June 2025, Mù Cang Chải district belonged to the province.'],
    ['en', 'In 2019 Mù Cang Chải district had 14 communes.'],
    ['fr', "L'ancien district de Mù Cang Chải est célèbre pour ses rizières."],
    ['de', 'Der ehemalige Kreis Mù Cang Chải ist für seine Reisterrassen bekannt.'],
    ['ja', '旧ムーカンチャイ県は棚田で有名です。'],
    ['ko', '옛 무깡짜이현은 계단식 논으로 유명합니다.'],
    ['zh', '原木江界县以梯田闻名。'],
    ['lo', 'ອະດີດເມືອງ ມູ່ກັງຈ້າຍ ມີຊື່ສຽງດ້ານນາຂັ້ນໄດ.'],
    ['en', 'The new Lào Cai province has its centre in Yên Bái ward.'],
  ] as const)('lets a %s sentence with a marker of time pass: %s', (locale, text) => {
    expect(warn(locale, text)).toEqual([]);
  });

  it('judges each sentence alone, and gives the line of the sentence in the file', () => {
    const warnings = timeTruthWarnings(
      'en.mdx',
      'en',
      [{ text: 'In 2019 the former Mù Cang Chải district had 14 communes.\n\nMù Cang Chải district is known for rice. It has terraces.', line: 10 }],
      units,
    );
    expect(warnings.map((w) => w.line)).toEqual([12]);
  });

  it('reads headings, list items and table cells, not link targets', () => {
    const text =
      '## Mù Cang Chải district\n\n- Mù Cang Chải district today\n\n| Mù Cang Chải district | 14 |\n\nSee [the terraces](/en/tourism/mu-cang-chai-district/).';
    expect(warn('en', text).map((w) => w.line)).toEqual([5, 7, 9]);
  });

  it('is silenced by a phrase the file accepts, whatever its spaces', () => {
    expect(warn('fr', 'Souvent écrit\u00a0: « la province de Yên Bái » au présent.', [{ text: 'Souvent écrit : « la province de Yên Bái »' }])).toEqual([]);
  });
});
