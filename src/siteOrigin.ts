/**
 * The public origin, for canonical URLs, hreflang and the sitemap. Set PORTAL_SITE_URL to the
 * production origin when deploying; the default is where `npm start` serves the portal.
 */
export const siteOrigin = process.env.PORTAL_SITE_URL ?? 'http://localhost:4321';
