import { describe, expect, it } from 'vitest';
import { copyOf, sourceQualityWarnings } from './sourceQuality';

describe('the source-quality rule', () => {
  it('knows copies of Wikipedia and of documents, subdomains included, and not the originals', () => {
    expect(copyOf('https://de.wikiup.org/wiki/Yen_Bai')?.of).toBe('wikipedia');
    expect(copyOf('https://text.123docz.net/doc/1.htm')?.of).toBe('document');
    expect(copyOf('https://en.wikipedia.org/wiki/Thac_Ba_Lake')).toBeUndefined();
    expect(copyOf('https://yenbai.gov.vn/x')).toBeUndefined();
    expect(copyOf('not a url')).toBeUndefined();
  });

  it('warns on the line of each copied source, unless the file accepts it', () => {
    const text = ['sources:', '  - title: "A"', '    url: https://kihulane.eu/arhiiv/1', '  - title: "B"', '    url: https://nhandan.vn/x'].join('\n');
    const [warning, ...rest] = sourceQualityWarnings('content/data/contacts.yaml', text, []);
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({ line: 3, severity: 'warning', detail: 'https://kihulane.eu/arhiiv/1' });
    expect(warning!.fix).toMatch(/wikipedia\.org/);
    expect(sourceQualityWarnings('x', text, [{ text: 'kihulane.eu/arhiiv/1' }])).toEqual([]);
  });

  it('reads lunar-rule sources and contact websites too', () => {
    expect(sourceQualityWarnings('x', '  source: https://123docz.net/a', [])).toHaveLength(1);
    expect(sourceQualityWarnings('x', 'website: "https://wikiwand.com/en/x"', [])).toHaveLength(1);
  });
});
