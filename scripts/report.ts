/**
 * `npm run report -- /var/log/nginx/yenbai-portal.access.log*`: the readership of the portal from
 * its access logs (deploy/nginx/log-format.conf), as a static HTML report and a CSV for a
 * spreadsheet: visits and page views per language section, the most read pages of each language
 * with their titles (from the build in dist/), searches, arrivals from other sites, and missing
 * addresses worth a redirect. Rotated logs (`.gz`) are read as they are. docs/deploy.md.
 *
 *   --out <dir>     where to write report.html and report.csv (default: readership-report/)
 *   --dist <dir>    the build whose page titles to show (default: dist/)
 *   --site <url>    the portal's public address, so that moves inside it are not counted as
 *                   arrivals from another site (default: PORTAL_SITE_URL)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { parseLogLine, type LogRecord } from '../src/readership/logLine';
import { countReadership } from '../src/readership/readership';
import { builtPages, readershipCsv, readershipHtml } from '../src/readership/reportFiles';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string', default: 'readership-report' }, dist: { type: 'string', default: 'dist' }, site: { type: 'string' } },
});

if (positionals.length === 0) {
  console.error('No log file given.\n  Fix: npm run report -- /var/log/nginx/yenbai-portal.access.log* (rotated .gz files are read too).');
  process.exit(1);
}

const records: LogRecord[] = [];
let unreadable = 0;
for (const file of positionals) {
  const data = readFileSync(file);
  const text = (data[0] === 0x1f && data[1] === 0x8b ? gunzipSync(data) : data).toString('utf8');
  for (const line of text.split('\n')) {
    if (!line) continue;
    const record = parseLogLine(line);
    if (record) records.push(record);
    else unreadable++;
  }
}

const site = values.site ?? process.env.PORTAL_SITE_URL;
const readership = countReadership(records, { ownOrigins: site ? [site] : [], unreadable });
const pages = builtPages(values.dist);
mkdirSync(values.out, { recursive: true });
writeFileSync(join(values.out, 'report.html'), readershipHtml(readership, pages));
writeFileSync(join(values.out, 'report.csv'), readershipCsv(readership, pages));
const visits = readership.languages.reduce((n, l) => n + l.visits, 0);
console.log(
  `${records.length + unreadable} lines, ${visits} visits by section, ${readership.languages.reduce((n, l) => n + l.pageViews, 0)} page views: ` +
    `wrote ${join(values.out, 'report.html')} and report.csv.`,
);
if (unreadable > 0) console.warn(`${unreadable} lines were not in the portal's log format (deploy/nginx/log-format.conf) and were left out.`);
