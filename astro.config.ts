import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { contentDir } from './src/config/contentDir';
import { fontSubsets } from './src/vite/fontSubsets';
import { resolve } from 'node:path';
import { contentGuard } from './src/markdown/contentGuard';
import { externalLinks } from './src/markdown/externalLinks';
import { contentRedirects } from './src/editorial/redirects';
import { adminEditor } from './src/integrations/adminEditor';
import { contentValidation } from './src/integrations/contentValidation';
import { configuredSiteOrigin } from './src/config/siteOrigin';
import { frameOrigins } from './src/lib/videoHosts';

export default defineConfig({
  site: configuredSiteOrigin(),
  // Builds of other content trees (tests, benchmark) keep their own cache, so that builds running
  // side by side never share Astro's data store and image cache.
  ...(process.env.PORTAL_CACHE_DIR ? { cacheDir: process.env.PORTAL_CACHE_DIR } : {}),
  trailingSlash: 'always',
  // Styles inline in every page: a stylesheet link blocks the first paint until it arrives, which
  // Lighthouse's mobile run counts against every page (6 KB gzip, within the page budget).
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Astro 7 strips whitespace between inline elements by default ('jsx'); running text in
  // Vietnamese and French needs its spaces kept around links and emphasis.
  compressHTML: true,
  server: { port: 4321, host: true },
  // Renamed entries keep their old addresses (`redirectFrom`), as static pages that forward.
  redirects: contentRedirects(contentDir),
  // Astro writes a CSP <meta> with the hashes of its own scripts and styles; nothing inline runs
  // without one. Pagefind needs 'wasm-unsafe-eval' (its WebAssembly) and a same-origin worker.
  // Frames only from the video hosts' privacy-enhanced players, which a reader loads by pressing
  // play (src/lib/videoHosts.ts; deploy/nginx/security-headers.conf says the same).
  // AVIF at sharp's default effort (4) took 5-10 s per image and dominated large builds (see
  // BENCHMARKS.md); effort 1 encodes the three widths of a 1600 px picture in half the time of
  // effort 2 (0.46 s against 0.89 s) at about the same size.
  image: {
    service: { entrypoint: 'astro/assets/services/sharp', config: { avif: { effort: 1 } } },
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        `frame-src ${frameOrigins.join(' ')}`,
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // The portal publishes no source code: no highlighter to load (Shiki would also need inline
  // styles, which the CSP forbids).
  // Sätteri (Astro's own processor), for MDX and plain-Markdown entries alike
  // (src/loaders/entryLoader.ts): the content rule once more inside the compiler (a broken rule
  // fails the compile), and rel="noopener external" on links that leave the portal.
  markdown: {
    syntaxHighlight: false,
    processor: satteri({ mdastPlugins: [contentGuard(resolve(contentDir))], hastPlugins: [externalLinks] }),
  },
  vite: {
    // Be Vietnam Pro's Latin Extended subsets without the letters its Vietnamese subsets have: one
    // to three font files fewer per page (src/vite/fontSubsets.ts).
    plugins: [fontSubsets()],
    build: {
      // Scripts are always files under /_astro/, never inlined into pages: the CSP header nginx
      // sends on every response then allows 'self' alone, with no per-build hash to keep in step
      // (deploy/nginx/security-headers.conf). Other assets keep Vite's default.
      assetsInlineLimit: (file: string) => (file.endsWith('.js') ? false : undefined),
      rollupOptions: {
        // Every MDX module carries Astro's own "use astro:head-inject" directive, and the bundler
        // warns about each one (ten lines per entry, thousands on a large site), burying real
        // warnings. Only that warning is silenced.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  // The sitemap, search index and Open Graph images are made after `astro build` exits
  // (scripts/build.ts, src/postbuild/). The browser editor is written into dist/admin/
  // (src/integrations/adminEditor.ts): a static page with its own policy, outside Astro's pages.
  integrations: [contentValidation(contentDir), mdx(), adminEditor(contentDir)],
});
