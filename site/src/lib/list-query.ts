// The filters of a long list (plans on the home page, lessons on the lessons index), as they
// live in the URL's query string: one parameter per filter (`?owner=@team-a&verdict=hold`) and
// `q` for the text filter. Pure: the build writes the tokens into each row, the browser reads the
// query and matches rows against it with the same functions.

/** The query parameter of the text filter. */
export const TEXT_PARAM = 'q';
/** Longest text filter kept from a URL: matching stays linear in the rows, whatever is pasted. */
export const MAX_TEXT_LENGTH = 200;

/**
 * A facet value as a token: lower case, runs of white space as one `-`, so a row lists its
 * tokens separated by spaces (`data-verdict="roll-back"`) and a URL carries them as written.
 */
export function filterToken(value: string): string {
  return value.trim().toLowerCase().replace(/\s+/g, '-');
}

/** The tokens of a row for one facet, as its `data-*` attribute holds them. */
export function tokenList(values: readonly string[]): string {
  return [...new Set(values.map(filterToken))].join(' ');
}

export type ListQuery = Record<string, string>;

/** The query's values for `keys` and the text filter; absent parameters are empty strings. */
export function readQuery(search: string, keys: readonly string[]): ListQuery {
  const params = new URLSearchParams(search);
  const query: ListQuery = {};
  for (const key of keys) query[key] = filterToken(params.get(key) ?? '');
  query[TEXT_PARAM] = (params.get(TEXT_PARAM) ?? '').slice(0, MAX_TEXT_LENGTH);
  return query;
}

/** `?owner=…&q=…` for the values that are set, in the order of `keys`; '' when none is. */
export function queryString(query: ListQuery, keys: readonly string[]): string {
  const params = new URLSearchParams();
  for (const key of [...keys, TEXT_PARAM]) if (query[key]?.trim()) params.set(key, query[key].trim());
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function isActive(query: ListQuery): boolean {
  return Object.values(query).some((v) => v.trim() !== '');
}

/** What a row offers to the filters: its tokens per facet, and its text in lower case. */
export interface RowFacts {
  tokens: (key: string) => string;
  text: string;
}

/** Every set facet names one of the row's tokens, and every word of the text filter is in its text. */
export function rowMatches(row: RowFacts, query: ListQuery, keys: readonly string[]): boolean {
  for (const key of keys) {
    const want = query[key];
    if (want && !row.tokens(key).split(' ').includes(want)) return false;
  }
  const words = (query[TEXT_PARAM] ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  return words.every((word) => row.text.includes(word));
}
