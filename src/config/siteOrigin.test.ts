import { describe, expect, it } from 'vitest';
import { siteOriginFrom } from './siteOrigin';

describe('siteOriginFrom()', () => {
  it('keeps localhost for a local build without PORTAL_SITE_URL', () => {
    expect(siteOriginFrom(undefined, { production: false })).toBe('http://localhost:4321');
  });

  it('refuses a production build without PORTAL_SITE_URL, and says how to set it', () => {
    expect(() => siteOriginFrom(undefined, { production: true })).toThrow(
      'A production build needs PORTAL_SITE_URL, the public address of the portal: canonical URLs, hreflang, the sitemap, feeds and the open data all point to it. Run: PORTAL_SITE_URL=https://portal.example.gov.vn npm run build -- --production',
    );
    expect(() => siteOriginFrom('http://localhost:4321', { production: true })).toThrow(/cannot point to http:\/\/localhost:4321/);
  });

  it('returns the origin of a public address', () => {
    expect(siteOriginFrom('https://portal.example.gov.vn/', { production: true })).toBe('https://portal.example.gov.vn');
    expect(siteOriginFrom('http://127.0.0.1:8080', { production: false })).toBe('http://127.0.0.1:8080');
  });

  it.each([
    ['garbage', /^PORTAL_SITE_URL is not a web address: "garbage"/],
    ['javascript:alert(1)//', /^PORTAL_SITE_URL must start with https:\/\//],
    ['ftp://portal.example.gov.vn', /^PORTAL_SITE_URL must start with https:\/\//],
    ['https://portal.example.gov.vn/vi/', /^PORTAL_SITE_URL must be an origin only/],
    ['https://user:pw@portal.example.gov.vn', /^PORTAL_SITE_URL must be an origin only/],
  ])('names the variable when it is wrong: %s', (value, message) => {
    expect(() => siteOriginFrom(value, { production: false })).toThrow(message);
  });

  it('refuses plain http for the public site', () => {
    expect(() => siteOriginFrom('http://portal.example.gov.vn', { production: true })).toThrow(/must start with https:\/\/ for the public site/);
  });
});
