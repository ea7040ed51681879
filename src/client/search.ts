/** Browser side of the search page: Pagefind loaded on demand, facets, sorting, URL state. */
import { segmentQuery } from '../lib/searchText';

export interface SearchConfig {
  /** The page's locale (the URL prefix) and its BCP 47 tag. */
  locale: string;
  lang: string;
  facets: { key: string; legend: string; labels: Record<string, string> }[];
  messages: { one: string; other: string; none: string; otherLanguages: string; showAll: string; showFewer: string };
  /** The languages shown where the page's is missing, in order, with their badge ("In English"). */
  fallbacks: { locale: string; lang: string; heading: string; badge: string }[];
}

interface ResultData {
  url: string;
  excerpt: string;
  /** `translations`: the locales the entry is written in, space-separated (SearchIndexHints). */
  meta: { title?: string; translations?: string };
  filters: Record<string, string[]>;
}

/** A result to show, and the language badge it carries when it is another language's page. */
interface ShownResult {
  data: ResultData;
  badge?: string;
  /** The language of the result's title and excerpt, when it is not the page's. */
  lang?: string;
}

/**
 * The results of the fallback languages' indexes that the page's language has no page for, as the
 * reader reaches them: at the address in their own language, which shows the fallback under a
 * notice. An entry found in several fallback languages is kept once, in the first (English).
 * @example fallbackResults('fr', [{ locale: 'en', badge: 'En anglais', results: [...] }])
 */
export function fallbackResults(
  locale: string,
  found: readonly { locale: string; lang: string; badge: string; results: readonly ResultData[] }[],
): ShownResult[] {
  const shown = new Map<string, ShownResult>();
  for (const { locale: from, lang, badge, results } of found) {
    for (const data of results) {
      if ((data.meta.translations ?? '').split(' ').includes(locale)) continue;
      const url = data.url.replace(new RegExp(`^/${from}/`), `/${locale}/`);
      if (!shown.has(url)) shown.set(url, { data: { ...data, url }, badge, lang });
    }
  }
  return [...shown.values()];
}

interface SearchResponse {
  results: { data(): Promise<ResultData> }[];
  filters: Record<string, Record<string, number>>;
}

interface Pagefind {
  search(query: string | null, options?: object): Promise<SearchResponse>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

interface PagefindModule extends Pagefind {
  createInstance(options: { language: string }): Pagefind;
}

/** What the visitor asked for; mirrored in the URL. */
export interface SearchState {
  q: string;
  filters: Record<string, string[]>;
  sort: '' | 'date' | 'capital';
}

/**
 * Reads the search state from a URL's query string.
 * @example readState('?q=tea&sector=agro-processing', ['sector']) // { q: 'tea', filters: { sector: ['agro-processing'] }, sort: '' }
 */
export function readState(search: string, facetKeys: readonly string[]): SearchState {
  const params = new URLSearchParams(search);
  const filters: Record<string, string[]> = {};
  for (const key of facetKeys) {
    const values = params.getAll(key);
    if (values.length > 0) filters[key] = values;
  }
  const sort = params.get('sort');
  return { q: params.get('q') ?? '', filters, sort: sort === 'date' || sort === 'capital' ? sort : '' };
}

/** The query string for a state; keys in a stable order so equal states give equal URLs. */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of Object.keys(state.filters).sort()) for (const value of state.filters[key]!) params.append(key, value);
  if (state.sort) params.set('sort', state.sort);
  const query = params.toString();
  return query ? `?${query}` : '';
}

let pagefindModule: Promise<PagefindModule> | undefined;
function loadPagefind(): Promise<PagefindModule> {
  // Built into dist/pagefind/ after the site; not a module Vite can see at build time.
  const url = '/pagefind/pagefind.js';
  pagefindModule ??= import(/* @vite-ignore */ url) as Promise<PagefindModule>;
  return pagefindModule;
}

const instances = new Map<string, Pagefind>();

/**
 * A Pagefind instance over another language's index. Pagefind 1.6's createInstance() ignores a
 * `language` option and reads `<html lang>` when it is called, so the attribute is switched for
 * that synchronous call only.
 */
function instanceFor(pagefind: PagefindModule, lang: string): Pagefind {
  if (!instances.has(lang)) {
    const html = document.documentElement;
    const own = html.lang;
    html.lang = lang;
    try {
      instances.set(lang, pagefind.createInstance({ language: lang }));
    } finally {
      html.lang = own;
    }
  }
  return instances.get(lang)!;
}

const fill = (template: string, values: Record<string, string>) => template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '');

export class SearchController {
  private readonly form: HTMLFormElement;
  private readonly input: HTMLInputElement;
  private readonly sortSelect: HTMLSelectElement;
  private readonly facetsBox: HTMLElement;
  private readonly status: HTMLElement;
  private readonly list: HTMLOListElement;
  private readonly fallbackBox: HTMLElement;
  private state: SearchState;
  private ticket = 0;
  private nothingFoundTimer: number | undefined;

  constructor(
    private readonly root: HTMLElement,
    private readonly config: SearchConfig,
  ) {
    this.form = root.querySelector('form')!;
    this.input = root.querySelector('input[name="q"]')!;
    this.sortSelect = root.querySelector('select[name="sort"]')!;
    this.facetsBox = root.querySelector('.facets')!;
    this.status = root.querySelector('.search-status')!;
    this.list = root.querySelector('.search-results')!;
    this.fallbackBox = root.querySelector('.search-fallbacks')!;
    this.state = readState(
      location.search,
      config.facets.map((f) => f.key),
    );
  }

  async start(): Promise<void> {
    this.input.value = this.state.q;
    this.sortSelect.value = this.state.sort;
    let timer: number | undefined;
    this.input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = window.setTimeout(() => this.update({ q: this.input.value.trim() }), 200);
    });
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.update({ q: this.input.value.trim() });
    });
    this.sortSelect.addEventListener('change', () => this.update({ sort: this.sortSelect.value as SearchState['sort'] }));
    this.facetsBox.addEventListener('change', () => this.update({ filters: this.checkedFilters() }));
    this.root.querySelector('[data-clear]')!.addEventListener('click', () => {
      for (const box of this.facetsBox.querySelectorAll<HTMLInputElement>('input:checked')) box.checked = false;
      this.update({ filters: {} });
    });
    const pagefind = await loadPagefind();
    this.renderFacets(await pagefind.filters());
    // The filters are shown after the first results, which come before them on phones: shown
    // first, they would be pushed down by the results as the reader starts to read them.
    await this.run();
    this.root.querySelector<HTMLElement>('.search-filters')!.hidden = false;
  }

  private checkedFilters(): Record<string, string[]> {
    const filters: Record<string, string[]> = {};
    for (const box of this.facetsBox.querySelectorAll<HTMLInputElement>('input:checked')) {
      (filters[box.name] ??= []).push(box.value);
    }
    return filters;
  }

  private async update(change: Partial<SearchState>): Promise<void> {
    this.state = { ...this.state, ...change };
    history.replaceState(null, '', `${location.pathname}${writeState(this.state)}`);
    await this.run();
  }

  /** One checkbox per value the index knows, in label order; counts are filled in by each search. */
  private renderFacets(all: Record<string, Record<string, number>>): void {
    for (const facet of this.config.facets) {
      const values = Object.keys(all[facet.key] ?? {});
      if (values.length === 0) continue;
      const fieldset = document.createElement('fieldset');
      fieldset.className = 'facet';
      const legend = document.createElement('legend');
      legend.textContent = facet.legend;
      fieldset.append(legend);
      const label = (value: string) => facet.labels[value] ?? value;
      for (const value of values.sort((a, b) => label(a).localeCompare(label(b), this.config.lang))) {
        const row = document.createElement('label');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.name = facet.key;
        box.value = value;
        box.checked = this.state.filters[facet.key]?.includes(value) ?? false;
        const text = document.createElement('span');
        text.textContent = label(value);
        const count = document.createElement('span');
        count.className = 'facet-count';
        count.dataset.facet = `${facet.key}:${value}`;
        row.append(box, text, count);
        fieldset.append(row);
      }
      const toggle = document.createElement('button');
      toggle.type = 'button';
      toggle.className = 'link-button facet-toggle';
      toggle.hidden = true;
      toggle.addEventListener('click', () => this.showAllIn(fieldset, fieldset.dataset.showAll !== 'true'));
      fieldset.append(toggle);
      this.facetsBox.append(fieldset);
    }
  }

  private async run(): Promise<void> {
    const ticket = ++this.ticket;
    const { q, filters, sort } = this.state;
    const hasFilters = Object.values(filters).some((v) => v.length > 0);
    if (!q && !hasFilters) {
      this.list.replaceChildren();
      this.fallbackBox.replaceChildren();
      this.status.textContent = '';
      this.showCounts({});
      return;
    }
    const pagefind = await loadPagefind();
    const query = this.prepareQuery(q, this.config.lang);
    const options = {
      filters: Object.fromEntries(Object.entries(filters).map(([key, values]) => [key, { any: values }])),
      ...(sort ? { sort: { [sort]: 'desc' } } : {}),
    };
    // The page's language, and beside it the fallback languages for the entries it lacks: a
    // French reader finds the Tà Chì Nhù page, written only in English and Vietnamese, too.
    const [response, ...others] = await Promise.all([
      pagefind.search(query || null, options),
      ...this.config.fallbacks.map((f) => instanceFor(pagefind, f.lang).search(this.prepareQuery(q, f.lang) || null, options)),
    ]);
    const [results, ...otherResults] = await Promise.all([
      Promise.all(response.results.slice(0, 30).map((r) => r.data())),
      ...others.map((other) => Promise.all(other.results.slice(0, 30).map((r) => r.data()))),
    ]);
    if (ticket !== this.ticket) return;
    const added = fallbackResults(
      this.config.locale,
      this.config.fallbacks.map((f, i) => ({ locale: f.locale, lang: f.lang, badge: f.badge, results: otherResults[i] ?? [] })),
    );
    const shown: ShownResult[] = [...results.map((data) => ({ data })), ...added];
    const count = response.results.length + added.length;
    const plural = new Intl.PluralRules(this.config.lang).select(count) === 'one' ? this.config.messages.one : this.config.messages.other;
    this.status.textContent = fill(count ? plural : this.config.messages.none, { count: String(count), query: q || '…' });
    this.list.replaceChildren(...shown.map((r) => this.resultItem(r.data, r.badge, r.lang)));
    this.showCounts(response.filters);
    this.fallbackBox.replaceChildren();
    window.clearTimeout(this.nothingFoundTimer);
    if (count === 0 && q && !hasFilters) this.recordNothingFound(q, ticket);
    if (count === 0 && q) await this.searchOtherLanguages(pagefind, q, ticket);
  }

  /**
   * Tells the portal's own server that a search found nothing, once the reader has stopped typing
   * for two seconds: a request for an empty file of the same origin, without cookies, that the
   * access log records with the reader's shortened address (docs/deploy.md, "Readership reports").
   * The editors learn what readers looked for in vain; nothing else is sent, to nobody else.
   */
  private recordNothingFound(q: string, ticket: number): void {
    this.nothingFoundTimer = window.setTimeout(() => {
      if (ticket !== this.ticket) return;
      const locale = location.pathname.split('/')[1] ?? '';
      void fetch(`/nothing-found.txt?${new URLSearchParams({ lang: locale, q })}`, { credentials: 'omit', cache: 'no-store' }).catch(() => {});
    }, 2000);
  }

  /** Lao has no spaces between words: split the query as the index was split. */
  private prepareQuery(q: string, lang: string): string {
    return segmentQuery(q, lang);
  }

  /**
   * Counts after each search. A value that would find nothing is hidden (unless checked), so the
   * filters show what the results hold; each group's button shows the hidden ones again.
   */
  private showCounts(counts: Record<string, Record<string, number>>): void {
    for (const span of this.facetsBox.querySelectorAll<HTMLElement>('.facet-count')) {
      const [key, value] = span.dataset.facet!.split(':') as [string, string];
      const n = counts[key]?.[value];
      span.textContent = n === undefined ? '' : ` (${n})`;
      const row = span.parentElement!;
      const box = row.querySelector('input')!;
      row.dataset.empty = String(n === 0 && !box.checked);
    }
    for (const fieldset of this.facetsBox.querySelectorAll<HTMLFieldSetElement>('fieldset')) {
      const toggle = fieldset.querySelector<HTMLButtonElement>('.facet-toggle')!;
      const empty = fieldset.querySelectorAll('label[data-empty="true"]').length;
      toggle.hidden = empty === 0;
      this.showAllIn(fieldset, fieldset.dataset.showAll === 'true');
    }
  }

  private showAllIn(fieldset: HTMLFieldSetElement, all: boolean): void {
    fieldset.dataset.showAll = String(all);
    const empty = [...fieldset.querySelectorAll<HTMLElement>('label[data-empty="true"]')];
    for (const row of fieldset.querySelectorAll<HTMLElement>('label')) row.hidden = !all && row.dataset.empty === 'true';
    const toggle = fieldset.querySelector<HTMLButtonElement>('.facet-toggle')!;
    toggle.textContent = all ? this.config.messages.showFewer : fill(this.config.messages.showAll, { count: String(empty.length) });
    toggle.setAttribute('aria-expanded', String(all));
  }

  private async searchOtherLanguages(pagefind: PagefindModule, q: string, ticket: number): Promise<void> {
    const sections: HTMLElement[] = [];
    for (const fallback of this.config.fallbacks) {
      const other = instanceFor(pagefind, fallback.lang);
      const response = await other.search(this.prepareQuery(q, fallback.lang));
      const results = await Promise.all(response.results.slice(0, 10).map((r) => r.data()));
      if (results.length === 0) continue;
      const section = document.createElement('section');
      section.lang = fallback.lang;
      const heading = document.createElement('h2');
      heading.textContent = fallback.heading;
      heading.lang = this.config.lang;
      const list = document.createElement('ol');
      list.className = 'search-results';
      list.append(...results.map((r) => this.resultItem(r)));
      section.append(heading, list);
      sections.push(section);
    }
    if (ticket !== this.ticket || sections.length === 0) return;
    const intro = document.createElement('p');
    intro.textContent = this.config.messages.otherLanguages;
    this.fallbackBox.replaceChildren(intro, ...sections);
  }

  private resultItem(result: ResultData, badge?: string, lang?: string): HTMLLIElement {
    const item = document.createElement('li');
    if (lang) item.lang = lang;
    const type = result.filters.type?.[0];
    if (type || badge) {
      const kicker = document.createElement('p');
      kicker.className = 'result-type';
      kicker.lang = this.config.lang;
      kicker.textContent = type ? (this.config.facets.find((f) => f.key === 'type')?.labels[type] ?? type) : '';
      if (badge) {
        const tag = document.createElement('span');
        tag.className = 'lang-badge';
        tag.textContent = badge;
        kicker.append(tag);
      }
      item.append(kicker);
    }
    const link = document.createElement('a');
    link.href = result.url;
    link.textContent = result.meta.title ?? result.url;
    const excerpt = document.createElement('p');
    // Pagefind escapes the page text and only adds <mark> around the matched words.
    excerpt.innerHTML = result.excerpt;
    item.append(link, excerpt);
    return item;
  }
}
