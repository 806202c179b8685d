// The search page's module (bundled with MiniSearch by scripts/build/search/build.ts
// into /assets/search/search.<hash>.js, loaded by /zh/search and /en/search
// only). The page works without it: the form submits and the page lists every
// page. With it: the query from ?q= and from typing, results as you type in
// #search-results, arrow keys to move through them. The index comes in parts
// (./split.ts): the head once, then only the parts each query needs. Results are built with
// DOM calls and textContent only, never innerHTML: the index is data, not markup.
import type { Hit } from './engine';
import { createSplitSearch, type SearchHead, type SplitSearch } from './split';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null;

const root = $('search');
const form = $<HTMLFormElement>('search-form');
const input = $<HTMLInputElement>('search-input');
const status = $('search-status');
const results = $('search-results');
const pageList = $('search-pages');

/** Results shown at first, and added by each press of the "more" button: each hit shown loads its page's text for the excerpt. */
const RESULTS_STEP = 10;

/** Characters of context around the first match. */
const CONTEXT = { before: 30, length: 140 };
/** Text with spaces between words (not Chinese): excerpts start at a word. */
const spaced = !document.documentElement.lang.startsWith('zh');

function message(name: string, values: Record<string, string | number> = {}): string {
  const template = root?.dataset[name] ?? '';
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The matched words in a text; Latin words only at a word start ("ray" not inside "array"). */
function termPattern(terms: string[]): RegExp | null {
  const sorted = [...new Set(terms.filter(Boolean))].sort((a, b) => b.length - a.length);
  if (!sorted.length) return null;
  const alternatives = sorted.map((t) =>
    /^[\p{L}\p{N}]/u.test(t) && !/^\p{Script=Han}/u.test(t) ? `(?<![\\p{L}\\p{N}])${escapeRegExp(t)}` : escapeRegExp(t),
  );
  try {
    return new RegExp(alternatives.join('|'), 'giu');
  } catch {
    return new RegExp(sorted.map(escapeRegExp).join('|'), 'gi'); // no lookbehind in this browser
  }
}

/**
 * The text around the first match (of the whole query if the text has it,
 * else of any matched word), with every match in it as <mark>; null when nothing matches.
 */
function excerpt(text: string, pattern: RegExp | null, phrase: RegExp | null, always: boolean): HTMLElement | null {
  const p = document.createElement('p');
  p.className = 'search-hit-excerpt';
  let first: RegExpExecArray | null | undefined = null;
  for (const re of [phrase, pattern]) {
    if (!re || first) continue;
    re.lastIndex = 0;
    first = re.exec(text);
  }
  if (!first && !always) return null;
  // Short texts (descriptions, summaries) show whole; long ones from a little before the match.
  let start = first && text.length > CONTEXT.length ? Math.max(0, Math.min(first.index - CONTEXT.before, text.length - CONTEXT.length)) : 0;
  // Start at a word boundary in spaced text: after the first space of the context.
  if (spaced && start > 0) {
    const space = text.indexOf(' ', start);
    if (space >= 0 && space < first!.index) start = space + 1;
  }
  const end = Math.min(text.length, start + CONTEXT.length);
  const slice = text.slice(start, end);
  if (start > 0) p.append('…');
  let last = 0;
  if (pattern) {
    pattern.lastIndex = 0;
    for (const m of slice.matchAll(pattern)) {
      p.append(slice.slice(last, m.index));
      const mark = document.createElement('mark');
      mark.textContent = m[0];
      p.append(mark);
      last = m.index! + m[0].length;
    }
  }
  p.append(slice.slice(last));
  if (end < text.length) p.append('…');
  return p;
}

function hitItem(hit: Hit, query: string): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-hit';
  const a = document.createElement('a');
  a.href = hit.doc.id;
  a.className = 'search-hit-link';
  a.textContent = hit.doc.title;
  const label = document.createElement('p');
  label.className = 'search-hit-label';
  label.textContent = hit.doc.label;
  const phrase = query.includes(' ') || /\p{Script=Han}/u.test(query) ? termPattern([query.toLowerCase().replace(/\s+/g, ' ')]) : null;
  const pattern = termPattern([...hit.terms, ...(phrase ? [query.toLowerCase().replace(/\s+/g, ' ')] : [])]);
  const text =
    excerpt(hit.doc.body, pattern, phrase, false) ??
    excerpt(hit.doc.meta, pattern, phrase, false) ??
    excerpt(hit.doc.description, pattern, phrase, true)!;
  li.append(a, label, text);
  return li;
}

type State = 'idle' | 'loading' | 'results' | 'empty' | 'error';

function show(state: State, statusText: string, content: HTMLElement[] = []) {
  if (!results || !status) return;
  results.dataset.state = state;
  results.replaceChildren(...content);
  status.textContent = statusText;
  // The list of every page: without a query, after no results, or without an index.
  if (pageList) pageList.hidden = state === 'results' || state === 'loading';
}

let search: SplitSearch | null = null;
/** The latest query run: results of an earlier one that arrive later are dropped. */
let latest = 0;
/** How many results the latest query shows. */
let shown = RESULTS_STEP;

/** Searches and shows the results; a new query starts again at the first RESULTS_STEP. */
async function run(query: string, more = false) {
  const q = query.trim();
  const mine = ++latest;
  shown = more ? shown + RESULTS_STEP : RESULTS_STEP;
  if (!q) return show('idle', '');
  if (!search) return show('loading', message('loading'));
  let found: { hits: Hit[]; total: number };
  try {
    found = await search(q, shown);
  } catch {
    if (mine === latest) show('error', message('failed'));
    return;
  }
  if (mine !== latest) return;
  const { hits, total } = found;
  if (!hits.length) return show('empty', message('noResults', { query: q }));
  const list = document.createElement('ol');
  list.className = 'search-hits';
  list.append(...hits.map((hit) => hitItem(hit, q)));
  const content: HTMLElement[] = [list];
  if (total > hits.length) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'search-more';
    button.textContent = message('more', { count: Math.min(RESULTS_STEP, total - hits.length) });
    // The next results; focus moves to the first of them (the button is gone).
    button.addEventListener('click', () => {
      const first = hits.length;
      void run(q, true).then(() => links()[first]?.focus());
    });
    content.push(button);
  }
  show('results', message(total === 1 ? 'resultsOne' : 'resultsOther', { count: total, query: q }), content);
}

function syncUrl(query: string) {
  const url = new URL(location.href);
  if (query.trim()) url.searchParams.set('q', query.trim());
  else url.searchParams.delete('q');
  history.replaceState(history.state, '', url);
}

const links = () => [...(results?.querySelectorAll<HTMLAnchorElement>('a.search-hit-link') ?? [])];

function wire() {
  if (!form || !input || !results) return;
  input.addEventListener('input', () => {
    void run(input.value);
    syncUrl(input.value);
  });
  // Enter in the field: focus moves to the first result (a second Enter opens it); no reload.
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    syncUrl(input.value);
    void run(input.value).then(() => links()[0]?.focus());
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && links().length) {
      e.preventDefault();
      links()[0].focus();
    }
  });
  // Arrow keys move through the results; Escape (or Up from the first) returns to the field.
  results.addEventListener('keydown', (e) => {
    const all = links();
    const i = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (i < 0) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = e.key === 'ArrowDown' ? all[Math.min(i + 1, all.length - 1)] : all[i - 1];
      (next ?? input).focus();
    } else if (e.key === 'Escape') {
      input.focus();
    }
  });
}

let loading: Promise<void> | null = null;

async function json(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
}

/** Fetches the index's head once; results follow for whatever the field says by then. */
function loadIndex(): Promise<void> {
  loading ??= (async () => {
    try {
      search = createSplitSearch((await json(root!.dataset.index!)) as SearchHead, json);
    } catch {
      return show('error', message('failed'));
    }
    await run(input!.value);
  })();
  return loading;
}

function start() {
  if (!root || !input) return;
  wire();
  const fromUrl = new URLSearchParams(location.search).get('q');
  if (fromUrl !== null) input.value = fromUrl;
  // Typed before this module arrived (the first keystroke is what loads it):
  // the address catches up, as it would have had the listener been there.
  else if (input.value.trim()) syncUrl(input.value);
  void run(input.value);
  // The head script loads this module only when the visitor turns to the form
  // or the address has a query (lib/inline-scripts.ts): the index's head is needed now.
  void loadIndex();
}

start();
