/**
 * The portal's typeface, Be Vietnam Pro, self-hosted, for every layout. Its @font-face rules carry
 * unicode ranges, so a page downloads only the subsets (Latin, Vietnamese) its text uses; CJK and
 * Lao text falls back to system fonts. The Latin Extended rules lose the Vietnamese letters on the
 * way (src/vite/fontSubsets.ts). No italic files: emphasis is rare, and the slanted regular
 * costs no request (BENCHMARKS.md).
 */
import '@fontsource/be-vietnam-pro/400.css';
import '@fontsource/be-vietnam-pro/600.css';
import '@fontsource/be-vietnam-pro/700.css';
