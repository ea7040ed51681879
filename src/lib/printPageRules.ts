import { cssString } from '../util/cssString';

export interface PrintMargins {
  /** Top left: the portal's name. */
  portal: string;
  /** Top right: the version printed ("Version of 7 December 2026"). */
  version: string;
  /** Bottom left: the page's address. */
  address: string;
}

const box = "font-family: 'Be Vietnam Pro', 'Noto Sans', sans-serif; font-size: 8pt; color: #444;";

/**
 * The `@page` margin boxes of a printout: portal, version, address and "page / pages" on every
 * printed page.
 * @example printPageRules({ portal: 'Yên Bái', version: 'Version of 7 December 2026', address: 'https://…/en/' }).includes('counter(pages)') // true
 */
export function printPageRules({ portal, version, address }: PrintMargins): string {
  return [
    '@media print { @page {',
    `@top-left { content: ${cssString(portal)}; ${box} }`,
    `@top-right { content: ${cssString(version)}; ${box} }`,
    `@bottom-left { content: ${cssString(address)}; ${box} }`,
    `@bottom-right { content: counter(page) " / " counter(pages); ${box} }`,
    '} }',
  ].join('\n');
}
