import type { KnipConfig } from 'knip';

// Unused files, exports and dependencies: `npm run lint` fails on any (run by .ci/run).
const config: KnipConfig = {
  // The browser editor's scripts are bundled by path (src/integrations/adminEditor.ts).
  entry: ['scripts/*.ts', 'src/postbuild/openGraph/renderWorker.ts', 'src/client/admin/*.ts', 'tests/**/*.test.ts'],
  project: ['src/**/*.{ts,astro}', 'scripts/**/*.ts', 'tests/**/*.ts', '*.config.{ts,js}'],
  // Hugo, a reference `npm run bench -- --compare` builds when it is installed (scripts/bench/hugoSite.ts).
  ignoreBinaries: ['hugo'],
  ignoreDependencies: [
    // Font packages of the Open Graph images, resolved by name from src/i18n/locales.ts (ogFont).
    '@fontsource/noto-sans-jp',
    '@fontsource/noto-sans-kr',
    '@fontsource/noto-sans-lao',
    '@fontsource/noto-sans-sc',
    // The spelling dictionaries of `npm run check`, named in src/i18n/locales.ts (`spelling`).
    '@cspell/dict-de-de',
    '@cspell/dict-en-gb-mit',
    '@cspell/dict-fr-fr',
    '@cspell/dict-vi-vn',
    // Injected into pages by tests/browser/accessibility.test.ts through require.resolve().
    'axe-core',
    // The Node.js 22 runtime every npm script runs on (Astro 7 needs Node >= 22.12).
    'node',
  ],
};

export default config;
