import { describe, expect, it } from 'vitest';
import { translatorFor } from '../i18n/translator';
import { creditLine, licenceDeed } from './credits';
import { isoDuration } from './structuredData';
import { embedFor, embedUrl, frameOrigins } from './videoHosts';

const wordsIn = (locale: 'en' | 'fr' | 'ja') => {
  const t = translatorFor(locale);
  return { photo: (author: string) => t('credit.photo', { author }), permission: (holder: string) => t('credit.permission', { holder }) };
};

describe('credit lines', () => {
  it('name the author and the licence, in the reader’s language', () => {
    const credit = { author: 'Nguyễn Văn A', licence: 'CC-BY-SA-4.0' as const, source: 'https://example.org/a' };
    expect(creditLine(credit, wordsIn('en'))).toBe('Photo: Nguyễn Văn A · CC BY-SA 4.0');
    expect(creditLine(credit, wordsIn('fr'))).toBe('Photo\u00a0: Nguyễn Văn A · CC BY-SA 4.0');
    expect(creditLine(credit, wordsIn('ja'))).toBe('写真：Nguyễn Văn A · CC BY-SA 4.0');
  });

  it('add the holder of the rights after the author', () => {
    expect(creditLine({ author: 'B. Trần', holder: 'VNA', licence: 'CC-BY-4.0', source: 'https://example.org/b' }, wordsIn('en'))).toBe(
      'Photo: B. Trần / VNA · CC BY 4.0',
    );
  });

  it('say whose permission a picture without a public licence is used with', () => {
    expect(creditLine({ author: 'C. Lê', holder: 'Sở Văn hóa', licence: 'used-with-permission', source: 'https://example.org/c' }, wordsIn('en'))).toBe(
      'Photo: C. Lê · used with permission of Sở Văn hóa',
    );
    expect(licenceDeed('used-with-permission')).toBeUndefined();
  });

  it('link every open licence to its Creative Commons deed', () => {
    expect(licenceDeed('CC0-1.0')).toEqual({ name: 'CC0 1.0', url: 'https://creativecommons.org/publicdomain/zero/1.0/' });
    expect(licenceDeed('CC-BY-NC-ND-4.0')?.url).toBe('https://creativecommons.org/licenses/by-nc-nd/4.0/');
  });
});

describe('video reports', () => {
  it('give their published length as an ISO 8601 duration, and nothing else', () => {
    expect(isoDuration('4:12')).toBe('PT4M12S');
    expect(isoDuration('1:02:03')).toBe('PT1H2M3S');
    expect(isoDuration('10:00')).toBe('PT10M');
    expect(isoDuration('0:45')).toBe('PT45S');
  });

  it('are framed only from the privacy-enhanced player of a known host', () => {
    expect(frameOrigins).toEqual(['https://www.youtube-nocookie.com']);
    expect(embedUrl('youtube', 'dQw4w9WgXcQ')).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');
    expect(embedFor('https://www.youtube.com/watch?v=dQw4w9WgXcQ')).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');
    // Built from the id alone: nothing else of the address reaches the frame.
    expect(embedFor('https://www.youtube.com/watch?v=dQw4w9WgXcQ&autoplay=0#x')).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');
    for (const address of [
      'https://www.youtube.com/watch?v=dQw4w9W"><sc',
      'https://evil.example/watch?v=dQw4w9WgXcQ',
      'http://www.youtube.com/watch?v=dQw4w9WgXcQ',
      'https://www.youtube.com/embed/dQw4w9WgXcQ',
      'https://www.youtube.com/watch?v=short',
      'javascript:alert(1)',
      'not a url',
    ]) {
      expect(embedFor(address), address).toBeUndefined();
    }
  });
});
