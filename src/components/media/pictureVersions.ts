/**
 * The files the portal makes of a credited picture (astro:assets with sharp, which writes no
 * metadata, so a camera's location never leaves the build): art-directed crops of a cover,
 * thumbnails, and the full-size copy offered to journalists.
 */
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import { metadataOf } from '../../data/pictures';
import type { cropFocus } from '../../schemas/pictures';

type Focus = (typeof cropFocus)[number];

/** A crop in two formats, ready for `<source>` and a preload link. */
export interface CropSources {
  /** `media` of the `<source>` (and of its preload link), or undefined for a single crop. */
  media: string | undefined;
  avif: string;
  webp: string;
  width: number;
  height: number;
}

/** The art-directed sources of a cover, and the `<img>` every browser falls back to. */
export interface CoverVersions {
  sizes: string;
  crops: CropSources[];
  img: { src: string; width: number; height: number };
}

/** Phones get a taller crop (4:3) than wide screens (2:1), both cut around the picture's focus. */
const phoneQuery = '(max-width: 40rem)';
const wideQuery = '(min-width: 40.0625rem)';
const SIZES = '(max-width: 44rem) 100vw, 42rem';

/** The widths of a crop at `aspect` that the picture can give without being enlarged. */
function cropWidths(image: ImageMetadata, aspect: number, wanted: readonly number[]): number[] {
  const { width, height } = metadataOf(image);
  const widest = Math.floor(Math.min(width, height * aspect));
  return [...new Set(wanted.map((w) => Math.min(w, widest)))];
}

async function crop(image: ImageMetadata, focus: Focus, aspect: number, wanted: readonly number[], media: string | undefined): Promise<CropSources> {
  const widths = cropWidths(image, aspect, wanted);
  const width = Math.max(...widths);
  const height = Math.round(width / aspect);
  const options = { src: image, widths, width, height, fit: 'cover' as const, position: focus };
  const [avif, webp] = await Promise.all([getImage({ ...options, format: 'avif' }), getImage({ ...options, format: 'webp' })]);
  return { media, avif: avif.srcSet.attribute, webp: webp.srcSet.attribute, width, height };
}

/** A cover: 4:3 on phones, 2:1 wider up, at the widths the 42rem column needs at 1× and 2×. */
export async function coverVersions(image: ImageMetadata, focus: Focus): Promise<CoverVersions> {
  const [phone, wide] = await Promise.all([crop(image, focus, 4 / 3, [480, 750, 1080], phoneQuery), crop(image, focus, 2, [672, 1008, 1344], wideQuery)]);
  // The fallback `<img>` is a file of the wide crop's srcset, not one more encoding.
  const img = await getImage({
    src: image,
    width: Math.min(1008, wide.width),
    height: Math.round(Math.min(1008, wide.width) / 2),
    fit: 'cover',
    position: focus,
    format: 'webp',
  });
  return { sizes: SIZES, crops: [phone, wide], img: { src: img.src, width: wide.width, height: wide.height } };
}

/** A video's poster: 16:9 like the player that replaces it, at the column's widths. */
export async function posterVersions(image: ImageMetadata, focus: Focus): Promise<CoverVersions> {
  const frame = await crop(image, focus, 16 / 9, [480, 672, 1008, 1344], undefined);
  const middle = Math.min(672, frame.width);
  const img = await getImage({ src: image, width: middle, height: Math.round((middle * 9) / 16), fit: 'cover', position: focus, format: 'webp' });
  return { sizes: SIZES, crops: [frame], img: { src: img.src, width: frame.width, height: frame.height } };
}

/** A 4:3 thumbnail for a gallery or a list, in AVIF and WebP, at 1× and 2× of `width`. */
export async function thumbnail(image: ImageMetadata, focus: Focus, width: number): Promise<CropSources & { src: string }> {
  const sources = await crop(image, focus, 4 / 3, [width, width * 2], undefined);
  const img = await getImage({ src: image, width: sources.width, height: sources.height, fit: 'cover', position: focus, format: 'webp' });
  return { ...sources, src: img.src };
}

/**
 * The picture at full size for download: JPEG (PNG for a PNG original), re-encoded without the
 * camera's metadata. The file name keeps the original's.
 */
export async function fullSize(image: ImageMetadata): Promise<{ src: string; width: number; height: number; format: 'jpg' | 'png' }> {
  const { width, height, format: original } = metadataOf(image);
  const format = original === 'png' ? 'png' : 'jpg';
  const result = await getImage({ src: image, width, height, format, quality: 90 });
  return { src: result.src, width, height, format };
}
