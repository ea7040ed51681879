/**
 * The public origin, for canonical URLs, hreflang, the sitemap, feeds and the open data: the
 * `PORTAL_SITE_URL` of the build. A local build (`npm start`) may leave it unset and points to
 * where it is served; a production build (`npm run build -- --production`) refuses to run without
 * it, so that no public page ever names localhost.
 */

export const localOrigin = 'http://localhost:4321';

/** A wrong PORTAL_SITE_URL, with the sentence that explains it. */
export class SiteOriginError extends Error {
  override name = 'SiteOriginError';
}

const example = 'PORTAL_SITE_URL=https://portal.example.gov.vn';

/**
 * Checks the variable and returns the origin it names (no path, no trailing slash).
 * @example siteOriginFrom('https://portal.example.gov.vn/', { production: true }) // 'https://portal.example.gov.vn'
 */
export function siteOriginFrom(value: string | undefined, { production }: { production: boolean }): string {
  if (value === undefined || value.trim() === '') {
    if (production) {
      throw new SiteOriginError(
        `A production build needs PORTAL_SITE_URL, the public address of the portal: canonical URLs, hreflang, the sitemap, feeds and the open data all point to it. Run: ${example} npm run build -- --production`,
      );
    }
    return localOrigin;
  }
  const shown = value.length > 80 ? `${value.slice(0, 80)}…` : value;
  if (!URL.canParse(value))
    throw new SiteOriginError(`PORTAL_SITE_URL is not a web address: "${shown}". Set it to the portal's public origin, e.g. ${example}`);
  const url = new URL(value);
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && (local || !production))) {
    throw new SiteOriginError(
      `PORTAL_SITE_URL must start with https:// ${production ? 'for the public site' : '(or http:// for a test server)'}: "${shown}". e.g. ${example}`,
    );
  }
  if (url.username || url.password || url.search || url.hash || url.pathname !== '/') {
    throw new SiteOriginError(`PORTAL_SITE_URL must be an origin only (scheme and host, no path, query or credentials): "${shown}". e.g. ${example}`);
  }
  if (production && local)
    throw new SiteOriginError(`A production build cannot point to ${url.origin}: set PORTAL_SITE_URL to the public address, e.g. ${example}`);
  return url.origin;
}

/**
 * The origin of this build, from the environment. `PORTAL_PRODUCTION_BUILD` is set by
 * `npm run build -- --production` (scripts/build.ts) for the processes of the build.
 */
export function configuredSiteOrigin(): string {
  return siteOriginFrom(process.env.PORTAL_SITE_URL, { production: process.env.PORTAL_PRODUCTION_BUILD === '1' });
}
