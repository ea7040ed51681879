import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brand } from './brand';

const root = join(import.meta.dirname, '..', '..');
const css = readFileSync(join(root, 'src', 'styles', 'global.css'), 'utf8');
const lightTheme = css.slice(0, css.indexOf('@media'));

describe('the brand colours', () => {
  it('are the light theme’s custom properties in global.css', () => {
    expect(lightTheme).toContain(`--brand: ${brand.green};`);
    expect(lightTheme).toContain(`--brand-strong: ${brand.greenStrong};`);
    expect(lightTheme).toContain(`--accent: ${brand.red};`);
    expect(lightTheme).toContain(`--gold: ${brand.gold};`);
  });

  it('are the favicon’s colours', () => {
    const favicon = readFileSync(join(root, 'public', 'favicon.svg'), 'utf8');
    expect(favicon).toContain(`fill="${brand.green}"`);
    expect(favicon).toContain(`stroke="${brand.gold}"`);
  });
});
