// The vector selectors of a PromQL expression (`http_requests_total{track="canary"}`), for the
// freshness check: Prometheus dates a raw selector's samples (`timestamp(selector)` is the
// sample's own time, not the evaluation time), but not the result of `rate(...)` or a sum. This
// is a small lexer, not a parser: strings, comments, range brackets and label lists after
// by/without/on/ignoring/group_left/group_right are skipped; an identifier followed by `(` is a
// function or aggregation; keywords and aggregators are not selectors. Linear in the query.

/** Selectors dated per query at most; a query with more is dated by its first ones. */
export const MAX_DATED_SELECTORS = 8;

const AGGREGATORS = new Set([
  'sum',
  'min',
  'max',
  'avg',
  'group',
  'stddev',
  'stdvar',
  'count',
  'count_values',
  'bottomk',
  'topk',
  'quantile',
  'limitk',
  'limit_ratio',
]);
const KEYWORDS = new Set(['and', 'or', 'unless', 'atan2', 'bool', 'offset', 'inf', 'nan']);
const LABEL_LIST_KEYWORDS = new Set(['by', 'without', 'on', 'ignoring', 'group_left', 'group_right']);

const IDENT_START = /[A-Za-z_:]/;
const IDENT_PART = /[A-Za-z0-9_:]/;
const WORD_PART = /[A-Za-z0-9_.+]/;

/** Index just past the string that starts at `i` (its quote), escapes honoured; the end when unclosed. */
function skipString(text: string, i: number): number {
  const quote = text[i];
  let j = i + 1;
  while (j < text.length && text[j] !== quote) j += text[j] === '\\' && quote !== '`' ? 2 : 1;
  return Math.min(j + 1, text.length);
}

/** Index just past the bracket that closes the one at `i` (strings inside skipped). */
function skipBracket(text: string, i: number, close: string): number {
  let j = i + 1;
  while (j < text.length && text[j] !== close) {
    const c = text[j]!;
    j = c === '"' || c === "'" || c === '`' ? skipString(text, j) : j + 1;
  }
  return Math.min(j + 1, text.length);
}

function skipSpace(text: string, i: number): number {
  let j = i;
  while (j < text.length && /\s/.test(text[j]!)) j++;
  return j;
}

/** The distinct vector selectors of `query`, in order of first appearance, at most MAX_DATED_SELECTORS. */
export function vectorSelectors(query: string): string[] {
  const found: string[] = [];
  let i = 0;
  while (i < query.length && found.length < MAX_DATED_SELECTORS) {
    const c = query[i]!;
    if (c === '"' || c === "'" || c === '`') {
      i = skipString(query, i);
    } else if (c === '#') {
      const end = query.indexOf('\n', i);
      i = end < 0 ? query.length : end + 1;
    } else if (c === '[') {
      i = skipBracket(query, i, ']');
    } else if (c === '{') {
      const end = skipBracket(query, i, '}');
      add(found, query.slice(i, end));
      i = end;
    } else if (/[0-9.]/.test(c)) {
      // Numbers and durations: 0.99, 1e3, 0x1f, 5m, 1h30m.
      i++;
      while (i < query.length && WORD_PART.test(query[i]!)) i++;
    } else if (IDENT_START.test(c)) {
      let end = i + 1;
      while (end < query.length && IDENT_PART.test(query[end]!)) end++;
      const word = query.slice(i, end);
      const next = skipSpace(query, end);
      const lower = word.toLowerCase();
      if (LABEL_LIST_KEYWORDS.has(lower)) {
        i = query[next] === '(' ? skipBracket(query, next, ')') : next;
      } else if (query[next] === '(' || AGGREGATORS.has(lower) || KEYWORDS.has(lower)) {
        i = end;
      } else if (query[next] === '{') {
        const close = skipBracket(query, next, '}');
        add(found, `${word}${query.slice(next, close)}`);
        i = close;
      } else {
        add(found, word);
        i = end;
      }
    } else {
      i++;
    }
  }
  return found;
}

function add(found: string[], selector: string): void {
  if (!found.includes(selector)) found.push(selector);
}
