/** Generating the synthetic tree: N entries made from the real ones, written as language files and PNGs. */
import { cpSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import type { Locale } from '../../src/i18n/locales';
import { entryPath } from '../../src/lib/entryPath';
import type { EntryCollectionName } from '../../src/schemas/registry';
import { blocks, harvest, isParagraph } from './harvest.ts';
import { realContent } from './paths.ts';
import { pick, rng } from './random.ts';

const IMAGE_EVERY = 10;

/** Words of the synthetic pages in each language; a language added later gets the English ones. */
const seeAlso: Partial<Record<Locale, string>> & { en: string } = {
  vi: 'Bài liên quan',
  en: 'Related pages',
  fr: 'Pages liées',
  ja: '関連ページ',
  ko: '관련 페이지',
  de: 'Verwandte Seiten',
  zh: '相关页面',
  lo: 'ໜ້າທີ່ກ່ຽວຂ້ອງ',
};
const imageAlt: Partial<Record<Locale, string>> & { en: string } = {
  vi: 'Ruộng bậc thang ở Mù Cang Chải vào mùa lúa chín (ảnh tổng hợp dùng cho thử hiệu năng)',
  en: 'Terraced rice fields in Mù Cang Chải at harvest time (synthetic image for the benchmark)',
  fr: 'Rizières en terrasses de Mù Cang Chải à la saison des récoltes (image synthétique du banc d’essai)',
  ja: '収穫期のムーカンチャイ（Mù Cang Chải）の棚田（ベンチマーク用の合成画像）',
  ko: '수확기의 무깡짜이(Mù Cang Chải) 계단식 논 (벤치마크용 합성 이미지)',
  de: 'Reisterrassen in Mù Cang Chải zur Erntezeit (synthetisches Bild für den Benchmark)',
  zh: '收获季节的木江界（Mù Cang Chải）梯田（基准测试用合成图片）',
  lo: 'ນາຂັ້ນໄດ ຢູ່ມູ່ກັງຈ໋າຍ (Mù Cang Chải) ໃນລະດູເກັບກ່ຽວ (ຮູບສັງເຄາະສຳລັບການທົດສອບ)',
};

export interface Generated {
  collection: EntryCollectionName;
  slug: string;
  facts: Record<string, unknown>;
  titles: Map<Locale, string>;
  locales: Locale[];
  image: boolean;
}

function frontmatter(data: Record<string, unknown>): string {
  const lines = Object.entries(data)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  return `---\n${lines.join('\n')}\n---\n`;
}

function shortTitle(title: string, suffix: string): string {
  const room = 110 - suffix.length;
  const chars = [...title];
  return (
    (chars.length <= room
      ? title
      : chars
          .slice(0, room - 1)
          .join('')
          .trimEnd() + '…') + suffix
  );
}

async function writeImage(path: string, seed: number): Promise<void> {
  // A smooth landscape-like picture with a little grain, different for every seed: compresses like a
  // photo saved as PNG (about 1–2 MB), never identical to another file.
  const width = 1600;
  const height = 1000;
  const random = rng(seed);
  const pixels = Buffer.alloc(width * height * 3);
  const [fx, fy, phase, hue] = [2 + random() * 6, 1 + random() * 4, random() * Math.PI * 2, random()];
  for (let y = 0; y < height; y++) {
    const band = Math.sin((y / height) * fy * Math.PI + phase);
    for (let x = 0; x < width; x++) {
      const wave = Math.sin((x / width) * fx * Math.PI + band * 2);
      const grain = (random() - 0.5) * 10;
      const i = (y * width + x) * 3;
      pixels[i] = Math.max(0, Math.min(255, 90 + 60 * wave + 40 * hue + grain));
      pixels[i + 1] = Math.max(0, Math.min(255, 120 + 70 * band + grain));
      pixels[i + 2] = Math.max(0, Math.min(255, 70 + 50 * wave * band + 60 * (1 - hue) + grain));
    }
  }
  await sharp(pixels, { raw: { width, height, channels: 3 } })
    .png({ compressionLevel: 6 })
    .toFile(path);
}

/** The credits of a synthetic picture (media.yaml), with its alt text in each language of the entry. */
function pictureCredits(locales: readonly Locale[]): string {
  const alt = locales.map((locale) => `      ${locale}: ${JSON.stringify(imageAlt[locale] ?? imageAlt.en)}`).join('\n');
  return `pictures:
  - file: ./photo.png
    author: Benchmark generator
    licence: CC0-1.0
    source: https://example.org/benchmark/photo
    taken: { date: "2024", place: mu-cang-chai }
    alt:
${alt}
`;
}

/**
 * The trip map's places name the real articles about them (`article: tourism/thac-ba-lake`): in the
 * synthetic tree they point to the first copy of that article, or to none when N is too small to have it.
 */
function pointDestinationsAtCopies(dir: string, entries: readonly Generated[]): void {
  const file = join(dir, 'data', 'destinations.yaml');
  if (!existsSync(file)) return;
  const paths = new Set(entries.filter((e) => e.collection === 'articles').map((e) => `${String(e.facts.topic)}/${e.slug}`));
  const text = readFileSync(file, 'utf8').replace(/^(\s*)article:\s*(\S+)\s*\n/gm, (_, indent: string, path: string) =>
    paths.has(`${path}-1`) ? `${indent}article: ${path}-1\n` : '',
  );
  writeFileSync(file, text);
}

/** Writes `count` synthetic entries (and a copy of content/data/) into `dir`; the same count gives the same tree. */
export async function generate(
  dir: string,
  count: number,
  format: 'mdx' | 'md',
): Promise<{ entries: Generated[]; images: number; imageBytes: number; mdxFiles: number }> {
  const { templates, paragraphs } = harvest();
  mkdirSync(join(dir, 'data'), { recursive: true });
  // Every data file (places, sectors, contacts and any the project adds), as they are.
  cpSync(join(realContent, 'data'), join(dir, 'data'), { recursive: true });

  const entries: Generated[] = [];
  for (let i = 0; i < count; i++) {
    const template = templates[i % templates.length]!;
    const n = Math.floor(i / templates.length) + 1;
    const slug = `${template.slug}-${n}`;
    const vi = template.files.get('vi')!.data;
    const { redirectFrom: _r, draft: _d, publishDate: _p, ...facts } = vi;
    // Only the first copy of a featured article stays featured, so the home page keeps its size.
    if (template.collection === 'articles') facts.featured = n === 1 && vi.featured === true;
    const locales = [...template.files.keys()];
    const titles = new Map<Locale, string>();
    for (const locale of locales) titles.set(locale, shortTitle(String(template.files.get(locale)!.data.title), ` · ${i + 1}`));
    entries.push({ collection: template.collection, slug, facts, titles, locales, image: i % IMAGE_EVERY === IMAGE_EVERY - 1 });
  }
  pointDestinationsAtCopies(dir, entries);

  let images = 0;
  let imageBytes = 0;
  let mdxFiles = 0;
  for (const [i, entry] of entries.entries()) {
    const template = templates[i % templates.length]!;
    const random = rng(i + 1);
    const folder = join(dir, entry.collection, entry.slug);
    mkdirSync(folder, { recursive: true });
    if (entry.image) {
      await writeImage(join(folder, 'photo.png'), i + 1);
      writeFileSync(join(folder, 'media.yaml'), pictureCredits(entry.locales));
      images++;
      imageBytes += statSync(join(folder, 'photo.png')).size;
    }
    // Two links to other synthetic entries, in the same language (every entry exists in every locale).
    const targets = count > 1 ? [entries[(i + 1) % count]!, entries[(i + 7) % count]!].filter((t) => t !== entry) : [];
    for (const locale of entry.locales) {
      const source = template.files.get(locale)!;
      const pool = paragraphs.get(locale) ?? [];
      const body = blocks(source.body).map((block) => (isParagraph(block) && pool.length && random() < 0.5 ? pick(random, pool) : block));
      if (entry.image) body.splice(1, 0, `![${imageAlt[locale] ?? imageAlt.en}](./photo.png)`);
      if (targets.length) {
        body.push(`## ${seeAlso[locale] ?? seeAlso.en}`);
        body.push(
          targets
            .map((target) => {
              const title = target.titles.get(locale) ?? target.titles.get('en')!;
              return `- [${title.replace(/[[\]]/g, '')}](${entryPath({ collection: target.collection, slug: target.slug, facts: target.facts }, locale)})`;
            })
            .join('\n'),
        );
      }
      const data = locale === 'vi' ? { ...entry.facts, title: entry.titles.get('vi') } : { ...source.data, title: entry.titles.get(locale) };
      // Keep the title first, as editors write it.
      const { title, description, ...rest } = data as Record<string, unknown>;
      writeFileSync(join(folder, `${locale}.${format}`), `${frontmatter({ title, description, ...rest })}\n${body.join('\n\n')}\n`);
      mdxFiles++;
    }
  }
  return { entries, images, imageBytes, mdxFiles };
}
