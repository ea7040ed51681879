import { describe, expect, it } from 'vitest';
import { checkUrl, normaliseUrl } from './safeUrl';

describe('checkUrl()', () => {
  it.each([
    ['https://yenbai.gov.vn/', 'web'],
    ['http://baodauthau.vn/a?b=1#c', 'web'],
    ['HTTPS://EXAMPLE.ORG', 'web'],
    ['mailto:press@example.org', 'mail'],
    ['tel:+842163818555', 'phone'],
    ['/en/history/yen-bai-uprising-1930/', 'site'],
    ['#sources', 'fragment'],
  ])('accepts %s', (url, kind) => {
    expect(checkUrl(url)).toEqual({ ok: true, kind });
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'jav&#x61;script:alert(1)',
    'jav&#97;script:alert(1)',
    'javascript&colon;alert(1)',
    'jav&amp;#x61;script:alert(1)',
    '\u0001javascript:alert(1)',
    'java\u200bscript:alert(1)',
    'javascript%3Aalert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//evil.example/',
    '/\\evil.example/',
    '\\\\evil.example',
    'https:evil.example',
    '',
  ])('refuses %j', (url) => {
    expect(checkUrl(url).ok).toBe(false);
  });

  it('accepts a relative image file only where asked to', () => {
    expect(checkUrl('./terraces.jpg').ok).toBe(false);
    expect(checkUrl('./terraces.jpg', { allowRelative: true })).toEqual({ ok: true, kind: 'relative' });
    expect(checkUrl('javascript:alert(1)', { allowRelative: true }).ok).toBe(false);
  });

  it('says why an address is refused', () => {
    expect(checkUrl('javascript:alert(1)')).toEqual({
      ok: false,
      reason: '`javascript:` addresses are not allowed (only https:, http:, mailto:, tel: and addresses on the portal)',
    });
  });
});

describe('normaliseUrl()', () => {
  it('undoes what browsers forgive in an address', () => {
    expect(normaliseUrl(' jav&#x61;scr\tipt&colon;alert(1)')).toBe('javascript:alert(1)');
  });
});
