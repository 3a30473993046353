// In the browser (type-checked by site/tsconfig.check.json, which has the DOM): the filters of a
// long list (components/ListFilters.astro). Progressive enhancement of a server-rendered page of
// rows: the form starts hidden and this reveals it.
// A set filter searches every row, fetched once from the list's one-page version (same origin,
// rendered by the same component, so there is one home for a row's markup); the matches replace
// the page's rows, a "Show more" button adds them a page at a time. The filters live in the
// URL: reload keeps them, each choice is a history entry (typing one word is one entry), and
// Back restores the one before.
import { isActive, type ListQuery, queryString, readQuery, rowMatches, TEXT_PARAM } from '../lib/list-query.ts';

export function enhanceList(form: HTMLFormElement): void {
  const { list, all, pager, more, noun, total, pageSize } = form.dataset;
  const table = document.getElementById(list ?? '') as HTMLTableElement | null;
  const body = table?.tBodies[0];
  const moreButton = document.getElementById(more ?? '') as HTMLButtonElement | null;
  const count = form.querySelector('output');
  const text = form.querySelector<HTMLInputElement>(`input[name="${TEXT_PARAM}"]`);
  if (!table || !body || !moreButton || !count || !text || !all) return;
  const pagerNav = pager ? document.getElementById(pager) : null;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  const keys = selects.map((s) => s.dataset.filter ?? '');
  const step = Number(pageSize) || 50;
  const ownRows = [...body.rows];
  const texts = new WeakMap<HTMLTableRowElement, string>();
  const facts = (row: HTMLTableRowElement) => {
    if (!texts.has(row)) texts.set(row, (row.textContent ?? '').toLowerCase().replace(/\s+/g, ' '));
    return { tokens: (key: string) => row.dataset[key] ?? '', text: texts.get(row)! };
  };

  let everyRow: Promise<HTMLTableRowElement[]> | undefined;
  const loadEveryRow = () =>
    (everyRow ??= fetch(all)
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.text();
      })
      .then((html) => {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        const rows = doc.getElementById(table.id) as HTMLTableElement | null;
        if (!rows?.tBodies[0]) throw new Error('the list is missing from the page');
        return [...rows.tBodies[0].rows].map((row) => document.importNode(row, true));
      })
      .catch((error: Error) => {
        everyRow = undefined; // try again on the next change
        throw error;
      }));

  let matches: HTMLTableRowElement[] = [];
  let shown = 0;
  let latest = 0;
  const fromControls = (): ListQuery => ({
    ...Object.fromEntries(selects.map((s) => [s.dataset.filter ?? '', s.value])),
    [TEXT_PARAM]: text.value,
  });
  const toControls = (query: ListQuery) => {
    for (const select of selects) {
      select.value = query[select.dataset.filter ?? ''] ?? '';
      if (select.selectedIndex < 0) select.value = ''; // a value this list does not have
    }
    text.value = query[TEXT_PARAM] ?? '';
  };
  const showMore = (focusFirst: boolean) => {
    const next = matches.slice(shown, shown + step);
    body.append(...next);
    shown += next.length;
    moreButton.hidden = shown >= matches.length;
    moreButton.textContent = `Show ${Math.min(step, matches.length - shown)} more of ${matches.length - shown}`;
    if (focusFirst) next[0]?.querySelector('a')?.focus();
  };
  const apply = async (query: ListQuery) => {
    const run = ++latest;
    if (!isActive(query)) {
      body.replaceChildren(...ownRows);
      if (pagerNav) pagerNav.hidden = false;
      moreButton.hidden = true;
      count.textContent = `${total} ${noun}`;
      return;
    }
    let rows: HTMLTableRowElement[];
    try {
      count.textContent = `Searching all ${total} ${noun}…`;
      rows = await loadEveryRow();
    } catch (error) {
      if (run === latest) count.textContent = `Could not load every ${noun} to filter (${(error as Error).message}).`;
      return;
    }
    if (run !== latest) return; // a later change won
    matches = rows.filter((row) => rowMatches(facts(row), query, keys));
    shown = 0;
    body.replaceChildren();
    if (pagerNav) pagerNav.hidden = true;
    showMore(false);
    count.textContent = `${matches.length} of ${rows.length} ${noun}`;
  };

  let typing = false;
  const commit = (push: boolean) => {
    const query = fromControls();
    const url = new URL(window.location.href);
    url.search = queryString(query, keys);
    if (url.href !== window.location.href) history[push ? 'pushState' : 'replaceState'](null, '', url);
    void apply(query);
  };
  for (const select of selects) {
    select.addEventListener('change', () => {
      typing = false;
      commit(true);
    });
  }
  text.addEventListener('input', () => {
    commit(!typing);
    typing = true;
  });
  text.addEventListener('blur', () => (typing = false));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    typing = false;
  });
  form.addEventListener('reset', (event) => {
    event.preventDefault();
    toControls({});
    typing = false;
    commit(true);
  });
  moreButton.addEventListener('click', () => showMore(true));
  window.addEventListener('popstate', () => {
    typing = false;
    toControls(readQuery(window.location.search, keys));
    void apply(fromControls());
  });

  toControls(readQuery(window.location.search, keys));
  form.hidden = false;
  const initial = fromControls();
  if (isActive(initial)) void apply(initial);
}
