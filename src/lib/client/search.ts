/** Browser side of the search page: loads Pagefind lazily and renders results. */

export interface SearchMessages {
  one: string;
  other: string;
  none: string;
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}

interface Pagefind {
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

let pagefind: Promise<Pagefind> | undefined;
// Queries overlap while the visitor types: only the latest one may write the results.
let latest = 0;

function loadPagefind(): Promise<Pagefind> {
  // Built into dist/pagefind/ after the site; not a module Vite can see at build time.
  const url = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ url) as Promise<Pagefind>;
  return pagefind;
}

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '');

/** Runs one query and writes the results and a status line for screen readers. */
export async function runSearch(
  query: string,
  ui: { status: HTMLElement; list: HTMLOListElement; messages: SearchMessages; lang: string },
): Promise<void> {
  const ticket = ++latest;
  if (!query) {
    ui.list.replaceChildren();
    ui.status.textContent = '';
    return;
  }
  const search = await (await loadPagefind()).search(query);
  const results = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
  if (ticket !== latest) return;
  ui.list.replaceChildren();
  const count = search.results.length;
  const plural = new Intl.PluralRules(ui.lang).select(count) === 'one' ? ui.messages.one : ui.messages.other;
  ui.status.textContent = fill(count ? plural : ui.messages.none, { count: String(count), query });
  for (const result of results) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = result.url;
    link.textContent = result.meta.title ?? result.url;
    const excerpt = document.createElement('p');
    // Pagefind escapes the page text and only adds <mark> around the matched words.
    excerpt.innerHTML = result.excerpt;
    item.append(link, excerpt);
    ui.list.append(item);
  }
}
