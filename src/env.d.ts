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
    /**
     * The entry whose text is being rendered (set by EntryBody.astro): the portal's components in
     * that text find its pictures through it, since an editor's props are only literal strings.
     */
    entry?: { collection: import('./schemas/registry').EntryCollectionName; slug: string; shown: import('./i18n/locales').Locale };
  }
}

/** True in `astro dev` only (set by the content-validation integration): drafts are shown. */
declare const __SHOW_UNPUBLISHED__: boolean;
