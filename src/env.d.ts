/// <reference types="astro/client" />

// An ambient declaration file (no top-level import, or it would stop being global): the types come
// in through import() types.
/* eslint-disable @typescript-eslint/consistent-type-imports */
declare namespace App {
  interface Locals {
    /** The language of the page, from its URL prefix (the source language outside any prefix). */
    locale: import('./i18n/locales').Locale;
    /** UI strings in that language. */
    t: import('./i18n/translator').Translate;
  }
}

/** True in `astro dev` only (set by the content-validation integration): drafts are shown. */
declare const __SHOW_UNPUBLISHED__: boolean;
