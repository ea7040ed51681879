import { localeTraits, type Locale } from '../../i18n/locales';
import { colors, LOGO_SIZE, LOGO_TOP, OG_HEIGHT, OG_WIDTH, PAD_X, STRIPE_HEIGHT, TEXT_WEIGHT, TEXT_WIDTH, TITLE_WEIGHT } from './design';
import type { OgImageJob, Run } from './jobs';

/** A satori element, as JSX would build it. */
export type Node = { type: string; props: Record<string, unknown> & { style?: Record<string, unknown>; children?: unknown } };
const h = (type: string, style: Record<string, unknown>, children?: unknown, props: Record<string, unknown> = {}): Node => ({
  type,
  props: { ...props, style, children },
});

/** satori's language for a run: picks the glyph variants of Han characters (ja, ko, zh). */
const satoriLang = (locale: Locale): string | undefined => localeTraits(locale).script.ogLang;

/** Rough width of a text in ems, to pick the title's size before satori lays it out. */
function emWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    if (/[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}\u3000-\u303f\uff00-\uffef]/u.test(char)) width += 1;
    else if (/\p{scx=Lao}/u.test(char)) width += /\p{M}/u.test(char) ? 0 : 0.62;
    else if (/\s/.test(char)) width += 0.26;
    else if (/[A-ZĐ0-9]/.test(char)) width += 0.66;
    else if (/\p{M}/u.test(char)) width += 0;
    else width += 0.54;
  }
  return width;
}

/** The largest title size at which the title fits in two lines, else the smallest (three lines, clamped). */
function titleSize(text: string): number {
  const sizes = [76, 68, 60, 54];
  return sizes.find((size) => Math.ceil((emWidth(text) * size * 1.06) / TEXT_WIDTH) <= 2) ?? sizes.at(-1)!;
}

/** The image's text as a satori tree; `fontNames` lists the font families of each locale's text. */
export function template(job: OgImageJob, fontNames: (locale: Locale) => string[]): Node {
  const families = (locale: Locale) =>
    fontNames(locale)
      .map((name) => `'${name}'`)
      .join(', ');
  const titleText = job.title.map((r) => r.text).join(' ');
  const size = titleSize(titleText);
  const tall = job.title.some((r) => localeTraits(r.locale).script.tallLines);
  const lineHeight = tall ? 1.4 : 1.22;
  // Korean keeps its words whole, as the site's CSS does; Lao, written without spaces, breaks
  // between the words Intl.Segmenter finds (satori's keep-all); Japanese and Chinese break anywhere.
  const wordBreak = (locale: Locale) => localeTraits(locale).script.wordBreak;
  const runStyle = (run: Run) => ({ fontFamily: families(run.locale), wordBreak: wordBreak(run.locale) });
  const lang = (run: Run) => ({ lang: satoriLang(run.locale) });
  // No `overflow: hidden`: satori would draw it as an SVG mask, which makes rasterising slow;
  // lineClamp alone cuts the text (with an ellipsis) at three lines.
  const title =
    job.title.length === 1
      ? h('div', { ...runStyle(job.title[0]!), display: 'block', lineClamp: 3, textOverflow: 'ellipsis' }, job.title[0]!.text, lang(job.title[0]!))
      : h(
          'div',
          { display: 'flex', flexWrap: 'wrap', columnGap: Math.round(size * 0.3) },
          job.title.map((run) => h('div', runStyle(run), run.text, lang(run))),
        );
  const subtitle =
    job.subtitle.length === 1
      ? h('div', { ...runStyle(job.subtitle[0]!), display: 'block', lineClamp: 1, textOverflow: 'ellipsis' }, job.subtitle[0]!.text, lang(job.subtitle[0]!))
      : h(
          'div',
          { display: 'flex', flexWrap: 'wrap', columnGap: 22 },
          job.subtitle.map((run) => h('div', runStyle(run), run.text, lang(run))),
        );
  // Text only, on a transparent page: renderImage() puts it on backgroundSvg().
  return h(
    'div',
    { width: OG_WIDTH, height: OG_HEIGHT, display: 'flex', flexDirection: 'column', color: colors.text },
    [
      h('div', { display: 'flex', alignItems: 'center', height: LOGO_SIZE, margin: `${LOGO_TOP}px 0 0 ${PAD_X + LOGO_SIZE + 24}px` }, [
        h('div', { fontSize: 38, fontWeight: TITLE_WEIGHT, fontFamily: families(job.locale), lineHeight: tall ? 1.5 : 1.2 }, job.siteName, {
          lang: satoriLang(job.locale),
        }),
      ]),
      h('div', { display: 'flex', flexDirection: 'column', justifyContent: 'flex-end', flexGrow: 1, padding: `0 ${PAD_X}px ${STRIPE_HEIGHT + 42}px` }, [
        h('div', { display: 'flex', width: 88, height: 6, backgroundColor: colors.gold, marginBottom: 28 }),
        h('div', { display: 'flex', flexDirection: 'column', fontSize: size, fontWeight: TITLE_WEIGHT, lineHeight }, [title]),
        h(
          'div',
          {
            display: 'flex',
            flexDirection: 'column',
            marginTop: 22,
            fontSize: 30,
            fontWeight: TEXT_WEIGHT,
            lineHeight: tall || job.subtitle.length > 1 ? 1.6 : 1.3,
            color: colors.gold,
          },
          [subtitle],
        ),
      ]),
    ],
    { lang: satoriLang(job.locale) },
  );
}

/**
 * What every image has: the green page, the logo mark (its tile a darker green, as the page is the
 * tile's colour), the mark's mountains and river large and faint on the right, and a red and gold
 * stripe at the foot.
 */
export function backgroundSvg(favicon: string): string {
  const paths = favicon.match(/<path\b[^>]*\/>/g)?.join('') ?? '';
  const stripe = OG_HEIGHT - STRIPE_HEIGHT;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}">`,
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="${colors.brand}"/>`,
    `<svg x="640" y="-40" width="600" height="600" viewBox="2 4 36 30" opacity="0.06">${paths}</svg>`,
    `<svg x="${PAD_X}" y="${LOGO_TOP}" width="${LOGO_SIZE}" height="${LOGO_SIZE}" viewBox="0 0 40 40"><rect width="40" height="40" rx="8" fill="${colors.brandStrong}"/>${paths}</svg>`,
    `<rect y="${stripe}" width="${OG_WIDTH - 240}" height="${STRIPE_HEIGHT}" fill="${colors.accent}"/>`,
    `<rect x="${OG_WIDTH - 240}" y="${stripe}" width="240" height="${STRIPE_HEIGHT}" fill="${colors.gold}"/>`,
    '</svg>',
  ].join('');
}
