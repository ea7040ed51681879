import { defineMiddleware } from 'astro:middleware';
import { sourceLocale } from './i18n/locales';
import { translatorFor } from './i18n/translator';
import { localeFromPath } from './lib/paths';

/** Gives every page its locale and a bound `t`, so components never parse the URL themselves. */
export const onRequest = defineMiddleware((context, next) => {
  const locale = localeFromPath(context.url.pathname) ?? sourceLocale;
  context.locals.locale = locale;
  context.locals.t = translatorFor(locale);
  return next();
});
