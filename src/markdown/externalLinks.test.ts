import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { externalLinks, isExternalHref } from './externalLinks';

describe('isExternalHref', () => {
  it.each(['https://yenbai.gov.vn/', 'http://baodauthau.vn/a', '//example.org/x', 'HTTPS://EXAMPLE.ORG'])('%s leaves the portal', (href) => {
    expect(isExternalHref(href)).toBe(true);
  });
  it.each(['/vi/about/', '../tea/', '#sources', 'mailto:press@example.org', undefined])('%s stays', (href) => {
    expect(isExternalHref(href)).toBe(false);
  });
});

describe('externalLinks', () => {
  it('marks links to other websites rel="noopener external" and leaves the portal\'s own links plain', () => {
    const { html } = markdownToHtml('See [the decision](https://vanban.chinhphu.vn/) and [Thác Bà](/en/tourism/thac-ba-lake/).', {
      hastPlugins: [externalLinks],
    });
    expect(html).toContain('<a href="https://vanban.chinhphu.vn/" rel="noopener external">the decision</a>');
    expect(html).toContain('<a href="/en/tourism/thac-ba-lake/">Thác Bà</a>');
  });
});
