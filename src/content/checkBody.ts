import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import sharp from 'sharp';
import type { Locale } from '../i18n/locales';
import type { ContentProblem } from './problems';

/** Link labels that say nothing about where they lead, per language (compared case-insensitively). */
export const vagueLabels: Record<string, readonly string[]> = {
  en: ['click here', 'here', 'read more', 'more', 'this link', 'link'],
  vi: ['xem thêm', 'tại đây', 'bấm vào đây', 'nhấn vào đây', 'ở đây', 'đây', 'chi tiết'],
  fr: ['ici', 'cliquez ici', 'en savoir plus', 'lire la suite', 'plus', 'ce lien'],
  de: ['hier', 'hier klicken', 'mehr', 'weiterlesen', 'mehr erfahren', 'dieser link'],
  ja: ['こちら', 'ここ', 'ここをクリック', '詳細', 'もっと見る'],
  ko: ['여기', '여기를 클릭', '더 보기', '자세히'],
  zh: ['这里', '点击这里', '点击此处', '更多', '详情'],
  lo: ['ທີ່ນີ້', 'ກົດທີ່ນີ້', 'ເພີ່ມເຕີມ'],
};

const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
const MAX_IMAGE_SIDE = 4000;

/** Everything checkBody needs to know about the site. */
export interface BodyContext {
  /** Path of the file, for messages. */
  file: string;
  /** Absolute path of the file, to resolve images. */
  absolutePath: string;
  locale: Locale;
  /** Line in the file where the body starts (1-based). */
  firstLine: number;
  /** Every path the site will have (`/en/history/x/`), to check internal links. */
  knownPaths: ReadonlySet<string>;
  /** MDX components editors may use. */
  components: readonly string[];
}

/**
 * Checks the text of one MDX file: links, images, raw HTML and scripts.
 * Returns every problem with its line.
 */
export async function checkBody(body: string, context: BodyContext): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  const lineAt = (index: number) => context.firstLine + body.slice(0, index).split('\n').length - 1;
  const push = (index: number, problem: Omit<ContentProblem, 'file' | 'line'>) =>
    problems.push({ file: context.file, line: lineAt(index), ...problem });

  for (const match of body.matchAll(/<(script|iframe|style|object|embed)\b/gi)) {
    push(match.index, {
      title: `Raw \`<${match[1]!.toLowerCase()}>\` in the text`,
      detail: 'Scripts, frames and styles in content could run code or break the page on the public site.',
      fix: 'Remove it. Write the text in Markdown; ask the developers for a component if you need an embed.',
    });
  }
  for (const match of body.matchAll(/<[a-zA-Z][^>]*\son[a-z]+\s*=/g)) {
    push(match.index, {
      title: 'An `on…=` event handler in the text',
      detail: 'Inline event handlers run JavaScript; the portal forbids them.',
      fix: 'Remove the attribute.',
    });
  }
  for (const match of body.matchAll(/<([A-Z][A-Za-z0-9]*)\b/g)) {
    if (context.components.includes(match[1]!)) continue;
    push(match.index, {
      title: `Unknown component \`<${match[1]}>\``,
      fix: context.components.length
        ? `Use one of the portal's components: ${context.components.map((c) => `<${c}>`).join(', ')}, or plain Markdown.`
        : 'Write plain Markdown: this collection has no components.',
    });
  }

  for (const match of body.matchAll(/(!?)\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
    const [, bang, label = '', href = ''] = match;
    if (bang) await checkImage(label, href, match.index, context, push);
    else checkLink(label, href, match.index, context, push);
  }
  for (const match of body.matchAll(/<a\b[^>]*\bhref="([^"]+)"[^>]*>([\s\S]*?)<\/a>/g)) {
    checkLink(match[2]!.replace(/<[^>]+>/g, ''), match[1]!, match.index, context, push);
  }
  return problems;
}

type Push = (index: number, problem: Omit<ContentProblem, 'file' | 'line'>) => void;

function checkLink(label: string, href: string, index: number, context: BodyContext, push: Push) {
  const text = label.trim().toLocaleLowerCase();
  const vague = Object.values(vagueLabels).some((list) => list.includes(text));
  if (vague || text === '') {
    push(index, {
      title: `Link text \`${label.trim() || '(empty)'}\` does not say where it leads`,
      detail: 'Screen-reader users hear links out of context; search engines read the text too.',
      fix: 'Write the name of the page as the link text, e.g. "[the 1930 uprising](/en/history/yen-bai-uprising-1930/)".',
    });
  }
  if (!href.startsWith('/') || href.startsWith('//')) return;
  const path = href.split(/[?#]/)[0]!;
  const linkLocale = path.split('/')[1];
  if (linkLocale !== context.locale) {
    push(index, {
      title: `Link to \`${href}\` jumps to another language`,
      detail: `This file is in ${context.locale}; readers expect links to stay in their language.`,
      fix: `Link to /${context.locale}${path.slice(linkLocale ? linkLocale.length + 1 : 0)} instead (pages exist in every language).`,
    });
    return;
  }
  const normalised = path.endsWith('/') ? path : `${path}/`;
  if (!context.knownPaths.has(normalised)) {
    const slug = normalised.split('/').filter(Boolean).at(-1) ?? '';
    const near = [...context.knownPaths].filter((p) => p.startsWith(`/${context.locale}/`) && p.includes(slug.split('-')[0] ?? '')).slice(0, 3);
    push(index, {
      title: `Link to \`${href}\`: no such page`,
      detail: 'Links inside the portal must lead to an entry or section that exists.',
      fix: near.length ? `Check the address. Did you mean ${near.join(' or ')}?` : 'Check the address: /<language>/<section>/<slug>/.',
    });
  }
}

async function checkImage(alt: string, src: string, index: number, context: BodyContext, push: Push) {
  if (!alt.trim()) {
    push(index, {
      title: `Image \`${src}\` has no alt text`,
      detail: 'People who cannot see the image, and search engines, rely on the alt text.',
      fix: 'Describe what the image shows between the brackets: ![Terraced fields in La Pán Tẩn at harvest](./terraces.jpg).',
    });
  }
  if (/^(https?:)?\/\//.test(src)) {
    push(index, {
      title: `Image \`${src}\` is on another website`,
      detail: 'The portal loads nothing from other sites (privacy, speed, and the image could change or vanish).',
      fix: 'Put the image file in the entry folder and write ./file-name.jpg.',
    });
    return;
  }
  const path = resolve(dirname(context.absolutePath), src);
  if (!existsSync(path)) {
    push(index, { title: `Image \`${src}\` not found`, fix: `Put the file next to the text (${dirname(context.file)}/) or correct the name.` });
    return;
  }
  const bytes = statSync(path).size;
  if (bytes > MAX_IMAGE_BYTES) {
    push(index, {
      title: `Image \`${src}\` is too large: ${(bytes / 1024 / 1024).toFixed(1)} MB`,
      fix: 'Export it at most 4000 px wide and under 5 MB (JPEG quality 85 is plenty); the portal makes the small versions.',
    });
  }
  const { width = 0, height = 0 } = await sharp(path).metadata();
  if (Math.max(width, height) > MAX_IMAGE_SIDE) {
    push(index, {
      title: `Image \`${src}\` is ${width}×${height} px, more than ${MAX_IMAGE_SIDE} px`,
      fix: `Resize it to at most ${MAX_IMAGE_SIDE} px on its longest side.`,
    });
  }
}
