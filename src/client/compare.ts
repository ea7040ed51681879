import type { OpportunityRecord } from '../lib/openData';

interface CompareOptions {
  /** [record field, row heading] in display order. */
  rows: [keyof OpportunityRecord, string][];
  /** Labels of coded values (form, status) in the page's language. */
  labels: Record<string, Record<string, string>>;
  lang: string;
}

/** Fills `table` with one column per selected opportunity and one row per field. */
export function renderComparison(table: HTMLTableElement, records: OpportunityRecord[], ids: string[], options: CompareOptions): void {
  const chosen = ids.map((id) => records.find((r) => r.id === id)).filter((r): r is OpportunityRecord => Boolean(r));
  const format = (field: keyof OpportunityRecord, value: unknown): string => {
    if (value === null || value === undefined || value === '') return '—';
    if (field === 'capitalUsd')
      return new Intl.NumberFormat(options.lang, { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1 }).format(value as number);
    if (field === 'areaHa') return new Intl.NumberFormat(options.lang, { style: 'unit', unit: 'hectare', maximumFractionDigits: 2 }).format(value as number);
    return options.labels[field]?.[String(value)] ?? String(value);
  };
  const head = document.createElement('thead');
  const headRow = head.insertRow();
  headRow.append(document.createElement('td'));
  for (const record of chosen) {
    const th = document.createElement('th');
    th.scope = 'col';
    const link = document.createElement('a');
    link.href = record.url;
    link.textContent = record.title;
    th.append(link);
    headRow.append(th);
  }
  const body = document.createElement('tbody');
  for (const [field, heading] of options.rows) {
    const row = body.insertRow();
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = heading;
    row.append(th);
    for (const record of chosen) row.insertCell().textContent = format(field, record[field]);
  }
  table.replaceChildren(head, body);
}
