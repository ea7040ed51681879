import { existsSync, statSync } from 'node:fs';
import { dirname, extname, resolve, sep } from 'node:path';
import sharp from 'sharp';
import { locales, type Locale } from '../i18n/locales';
import { checkUrl, normaliseUrl } from '../util/safeUrl';
import { entryPath } from '../lib/entryPath';
import { quote, readBody, type ReadBody } from './bodyPolicy';
import type { ContentProblem } from './problems';

/** Link labels that say nothing about where they lead, in any of the portal's languages. */
const vagueLabels = new Set(locales.flatMap((l) => l.vagueLinkLabels.map((label) => label.toLocaleLowerCase())));

/** The largest picture file an entry may have (the browser editor refuses a larger upload too). */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
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
  /** Every path the public site will have (`/en/history/x/`), to check internal links. */
  knownPaths: ReadonlySet<string>;
  /** Paths of drafts and embargoed entries: they exist only in `npm run dev`. */
  unpublishedPaths: ReadonlySet<string>;
  /** Whether the file itself is unpublished (a draft may link to another draft). */
  unpublished: boolean;
  /** The entry's credited pictures (`./terraces.jpg`), which components may show. Default none. */
  pictures?: ReadonlySet<string> | undefined;
}

/**
 * Checks the text of one MDX file: what it may contain (bodyPolicy.ts, on the parsed tree), then
 * links (targets, labels, language) and images (raster files beside the entry). Returns every
 * problem with its line in the file.
 */
export async function checkBody(body: string, context: BodyContext): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  const fileLine = (bodyLine: number) => context.firstLine + bodyLine - 1;
  const { findings, links, images, components } = readBody(body);
  for (const { line, ...finding } of findings) problems.push({ file: context.file, line: fileLine(line), ...finding });
  const push: Push = (line, problem) => problems.push({ file: context.file, line: fileLine(line), ...problem });
  for (const link of links) checkLink(link.label, link.href, link.line, context, push);
  for (const image of images) await checkImage(image.alt, image.src, image.line, context, push);
  for (const component of components) checkComponentTargets(component, context, push);
  return problems;
}

/** A component shows only the entry's credited pictures and video reports that exist. */
function checkComponentTargets(component: ReadBody['components'][number], context: BodyContext, push: Push) {
  const { line, name, pictures, videos } = component;
  const credited = context.pictures ?? new Set<string>();
  for (const picture of pictures) {
    if (credited.has(picture)) continue;
    push(line, {
      title: `\`<${name}>\` shows \`${quote(picture)}\`, which is not a credited picture of this entry`,
      detail: credited.size ? `Credited pictures: ${[...credited].join(', ')}.` : 'media.yaml in this folder credits no picture.',
      fix: 'Put the picture in this folder, credit it in media.yaml (author, licence, source, alt text), and write its name as ./file-name.jpg.',
    });
  }
  for (const report of videos) {
    const path = entryPath({ collection: 'videos', slug: report, facts: {} }, context.locale);
    if (context.knownPaths.has(path) || (context.unpublished && context.unpublishedPaths.has(path))) continue;
    push(line, {
      title: context.unpublishedPaths.has(path)
        ? `\`<${name} report="${quote(report)}">\`: that report is not published yet`
        : `\`<${name}>\`: no video report \`${quote(report)}\``,
      detail: 'A video report is a folder of content/videos/ with its vi.mdx and en.mdx.',
      fix: 'Write the name of a published folder of content/videos/.',
    });
  }
}

/** Records a problem at a line of the body. */
type Push = (line: number, problem: Omit<ContentProblem, 'file' | 'line'>) => void;

function checkLink(label: string, href: string, line: number, context: BodyContext, push: Push) {
  const text = label.trim().toLocaleLowerCase();
  const vague = vagueLabels.has(text);
  if (vague || text === '') {
    push(line, {
      title: `Link text \`${quote(label.trim()) || '(empty)'}\` does not say where it leads`,
      detail: 'Screen-reader users hear links out of context; search engines read the text too.',
      fix: 'Write the name of the page as the link text, e.g. "[the 1930 uprising](/en/history/yen-bai-uprising-1930/)".',
    });
  }
  const verdict = checkUrl(href);
  if (!verdict.ok || verdict.kind !== 'site') return;
  const path = normaliseUrl(href).split(/[?#]/)[0]!;
  const linkLocale = path.split('/')[1];
  if (linkLocale !== context.locale) {
    push(line, {
      title: `Link to \`${quote(href)}\` jumps to another language`,
      detail: `This file is in ${context.locale}; readers expect links to stay in their language.`,
      fix: `Link to /${context.locale}${path.slice(linkLocale ? linkLocale.length + 1 : 0)} instead (pages exist in every language).`,
    });
    return;
  }
  const normalised = path.endsWith('/') ? path : `${path}/`;
  if (context.knownPaths.has(normalised)) return;
  if (context.unpublishedPaths.has(normalised)) {
    if (context.unpublished) return;
    push(line, {
      title: `Link to \`${quote(href)}\`: that page is not published yet`,
      detail: 'It is a draft or its publishDate is still ahead, so the public site would carry a dead link and announce the page before its time.',
      fix: 'Remove the link for now, and add it when that page is published.',
    });
    return;
  }
  const slug = normalised.split('/').filter(Boolean).at(-1) ?? '';
  const near = [...context.knownPaths].filter((p) => p.startsWith(`/${context.locale}/`) && p.includes(slug.split('-')[0] ?? '')).slice(0, 3);
  push(line, {
    title: `Link to \`${quote(href)}\`: no such page`,
    detail: 'Links inside the portal must lead to an entry or section that exists.',
    fix: near.length ? `Check the address. Did you mean ${near.join(' or ')}?` : 'Check the address: /<language>/<section>/<slug>/.',
  });
}

/** Picture files the portal can process, by extension, and the format sharp must find inside. */
const RASTER_FORMATS: Record<string, string> = { '.jpg': 'jpeg', '.jpeg': 'jpeg', '.png': 'png', '.webp': 'webp', '.avif': 'heif' };

async function checkImage(alt: string, src: string, line: number, context: BodyContext, push: Push) {
  if (!alt.trim()) {
    push(line, {
      title: `Image \`${quote(src)}\` has no alt text`,
      detail: 'People who cannot see the image, and search engines, rely on the alt text.',
      fix: 'Describe what the image shows between the brackets: ![Terraced fields in La Pán Tẩn at harvest](./terraces.jpg).',
    });
  }
  const verdict = checkUrl(src, { allowRelative: true });
  if (verdict.ok && verdict.kind === 'web') {
    push(line, {
      title: `Image \`${quote(src)}\` is on another website`,
      detail: 'The portal loads nothing from other sites (privacy, speed, and the image could change or vanish).',
      fix: 'Put the image file in the entry folder and write ./file-name.jpg.',
    });
    return;
  }
  const entryDir = resolve(dirname(context.absolutePath));
  const path = resolve(entryDir, normaliseUrl(src));
  if (!verdict.ok || verdict.kind !== 'relative' || !path.startsWith(entryDir + sep)) {
    push(line, {
      title: `Image \`${quote(src)}\` is not beside the text`,
      detail: 'A picture is a file in the entry’s own folder; any other path could publish a file of the build machine.',
      fix: `Put the file in ${dirname(context.file)}/ and write ./file-name.jpg.`,
    });
    return;
  }
  const expected = RASTER_FORMATS[extname(path).toLowerCase()];
  if (!expected) {
    push(line, {
      title: `Image \`${quote(src)}\` is not a JPEG, PNG, WebP or AVIF file`,
      detail: extname(path).toLowerCase() === '.svg' ? 'An SVG file can carry scripts that would run on the portal’s address.' : undefined,
      fix: 'Export the picture as JPEG (photographs) or PNG (drawings) and link that file.',
    });
    return;
  }
  if (!existsSync(path)) {
    push(line, { title: `Image \`${quote(src)}\` not found`, fix: `Put the file next to the text (${dirname(context.file)}/) or correct the name.` });
    return;
  }
  const problem = await rasterProblem(path, src);
  if (problem) push(line, problem);
}

/**
 * What is wrong with a picture file, if anything: over 5 MB, not what its extension says, damaged
 * or cut short, or over 4,000 px. `src` names it in the message (`./photo.jpg`).
 */
export async function rasterProblem(path: string, src: string): Promise<Omit<ContentProblem, 'file' | 'line'> | undefined> {
  const expected = RASTER_FORMATS[extname(path).toLowerCase()] ?? '';
  const bytes = statSync(path).size;
  if (bytes > MAX_IMAGE_BYTES) {
    return {
      title: `Image \`${quote(src)}\` is too large: ${(bytes / 1024 / 1024).toFixed(1)} MB`,
      fix: 'Export it at most 4000 px wide and under 5 MB (JPEG quality 85 is plenty); the portal makes the small versions.',
    };
  }
  let width: number;
  let height: number;
  try {
    const metadata = await sharp(path).metadata();
    if (metadata.format !== expected) throw new Error(`it holds ${metadata.format ?? 'no known'} data`);
    ({ width = 0, height = 0 } = metadata);
    // Decoding the whole picture finds a truncated or corrupt file that its header alone hides.
    if (Math.max(width, height) <= MAX_IMAGE_SIDE) await sharp(path, { failOn: 'truncated' }).stats();
  } catch (error) {
    return {
      title: `Image \`${quote(src)}\` cannot be read as a ${extname(path).slice(1).toUpperCase()} picture`,
      detail: `The file is damaged, cut short or not what its name says (${quote((error as Error).message.split('\n')[0] ?? '', 120)}).`,
      fix: 'Export the picture again from the original and replace the file.',
    };
  }
  if (Math.max(width, height) > MAX_IMAGE_SIDE) {
    return {
      title: `Image \`${quote(src)}\` is ${width}×${height} px, more than ${MAX_IMAGE_SIDE} px`,
      fix: `Resize it to at most ${MAX_IMAGE_SIDE} px on its longest side.`,
    };
  }
  return undefined;
}
