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
  return { files: new FontFiles(root), background: backgroundSvg(favicon).replace(/^<svg[^>]*>/, '').replace(/<\/svg>$/, '') };
}

/** The image as SVG, text drawn as paths. */
export function satoriSvg(job: OgImageJob, fonts: JobFonts): Promise<string> {
  return satori(template(job, fonts.families) as unknown as Parameters<typeof satori>[0], {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    fonts: fonts.fonts,
  });
}

/**
 * Renders one image as a palette PNG. The background goes into satori's SVG as plain elements (an
 * <img> in satori becomes a clipped, masked image, several times slower to rasterise), and the
 * text has no mask either: librsvg (in sharp) then draws the whole image in about 15 ms. A 64-colour
 * palette keeps the antialiased text smooth on flat colours at 10–20 KB an image.
 */
export async function renderImage(context: RenderContext, job: OgImageJob, fonts: JobFonts): Promise<Buffer> {
  const svg = (await satoriSvg(job, fonts)).replace(/^<svg[^>]*>/, (open) => open + context.background);
  return sharp(Buffer.from(svg)).png({ palette: true, colours: 64, quality: 80, dither: 0, effort: 3, compressionLevel: 6 }).toBuffer();
}
