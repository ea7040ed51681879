/**
 * The design of the Open Graph images: their size, colours, geometry and font weights, shared by
 * the text template (satori) and the background SVG drawn under it.
 *
 * Cached images are keyed by TEMPLATE_VERSION (see cache.ts): change it whenever the design (here
 * or in template.ts) or the fonts (fonts.ts) change, or rebuilds keep serving the old images.
 */
import { brand } from '../../styles/brand';

export const TEMPLATE_VERSION = 2;
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

export const colors = { brand: brand.green, brandStrong: brand.greenStrong, accent: brand.red, gold: brand.gold, text: '#ffffff' };

/** Left and right margin of the text and the logo. */
export const PAD_X = 72;
export const TEXT_WIDTH = OG_WIDTH - 2 * PAD_X;
export const LOGO_SIZE = 72;
export const LOGO_TOP = 60;
/** Height of the red and gold stripe at the foot. */
export const STRIPE_HEIGHT = 14;

/** Title and site name are bold, the subtitle regular: the two weights whose fonts are loaded. */
export const TITLE_WEIGHT = 700;
export const TEXT_WEIGHT = 400;
export type Weight = typeof TITLE_WEIGHT | typeof TEXT_WEIGHT;
