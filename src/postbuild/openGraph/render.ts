import satori from 'satori';
import sharp from 'sharp';
import { OG_HEIGHT, OG_WIDTH } from './design';
import { FontFiles, type JobFonts } from './fonts';
import type { OgImageJob } from './jobs';
import { backgroundSvg, template } from './template';

/** What every render of a batch shares. */
export interface RenderContext {
  files: FontFiles;
  /** The background's SVG elements, drawn under satori's text in the same SVG. */
  background: string;
}

export function renderContext(root: string, favicon: string): RenderContext {
  return {
    files: new FontFiles(root),
    background: backgroundSvg(favicon)
      .replace(/^<svg[^>]*>/, '')
      .replace(/<\/svg>$/, ''),
  };
}

/** The image as SVG, text drawn as paths. */
function satoriSvg(job: OgImageJob, fonts: JobFonts): Promise<string> {
  return satori(template(job, fonts.families) as unknown as Parameters<typeof satori>[0], {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    fonts: fonts.fonts,
  });
}

/**
 * Renders one image as a PNG. The background goes into satori's SVG as plain elements (an <img> in
 * satori becomes a clipped, masked image, several times slower to rasterise), and the text has no
 * mask either: librsvg (in sharp) then draws the whole image in about 15 ms. A full-colour PNG at
 * zlib level 4 takes 7 ms to encode; the 64-colour palette used before took 30 ms (quantising) for
 * files a quarter the size (14 KB against 55 KB). Only link previews fetch these images, so the
 * build time counts more than the bytes (BENCHMARKS.md).
 */
export async function renderImage(context: RenderContext, job: OgImageJob, fonts: JobFonts): Promise<Buffer> {
  const svg = (await satoriSvg(job, fonts)).replace(/^<svg[^>]*>/, (open) => open + context.background);
  return sharp(Buffer.from(svg)).png({ compressionLevel: 4 }).toBuffer();
}
