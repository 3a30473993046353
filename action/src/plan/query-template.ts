// Placeholders in metric queries: `{window}`, the plan's declared variables (`{track}`,
// `{region}`, `{cell}`), and for http-json URLs the times the provider fills in (`{at}`, …).
// One home for what a placeholder is, which names a query may use, and how values go in:
// plan/crossref-queries.ts reports unknown ones at file:line:col, gates/ fills them in before a
// query is sent. A query with a placeholder left unfilled is never sent.
//
// Escaping: a variable value may only hold letters, digits, `_` and `-` (VARIABLE_VALUE_PATTERN)
// and a window only a duration, so neither can close a PromQL string or matcher, start a new
// selector, or add a URL parameter. The pattern is checked again here, not only by the schema,
// and values are URL-encoded in http-json URLs all the same.
import { DURATION_PATTERN, type Metric, type Phase, type RolloutPlan, VARIABLE_VALUE_PATTERN } from './schema.ts';

/**
 * `{name}`: what PromQL never writes between braces (a label matcher always has an operator),
 * except right after a `/`, where it is a path template such as `route="/v1/charges/{id}"`
 * (OpenTelemetry's http.route) and is left as written.
 */
const PLACEHOLDER = /(?<!\/)\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/** Filled with the gate's window, else the metric's. */
export const WINDOW_VARIABLE = 'window';

/** Times the http-json provider fills in itself at request time (providers/url-template.ts). */
export const HTTP_JSON_TIME_PLACEHOLDERS = ['at', 'start', 'end', 'step', 'at_unix', 'start_unix', 'end_unix'] as const;

/** Names a plan may not declare as variables: they mean something already. */
export const RESERVED_VARIABLES: readonly string[] = [WINDOW_VARIABLE, ...HTTP_JSON_TIME_PLACEHOLDERS];

const VALUE = new RegExp(VARIABLE_VALUE_PATTERN);
const DURATION = new RegExp(DURATION_PATTERN);

export interface Placeholder {
  name: string;
  /** Offset of the `{` in the text. */
  index: number;
  /** The placeholder as written, braces included. */
  text: string;
}

/** Every placeholder in `text`, in order. Linear in the text. */
export function placeholdersIn(text: string): Placeholder[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => ({ name: m[1]!, index: m.index, text: m[0] }));
}

/** Placeholders a provider fills in itself; never substituted here. */
export function providerPlaceholders(provider: Metric['provider']): readonly string[] {
  return provider === 'http-json' ? HTTP_JSON_TIME_PLACEHOLDERS : [];
}

/** The variables a phase's queries see: declared defaults, then the phase's own values. */
export function phaseVariables(plan: Pick<RolloutPlan, 'variables'>, phase: Pick<Phase, 'variables'>) {
  const values = new Map<string, string>();
  for (const [name, variable] of Object.entries(plan.variables ?? {})) {
    if (variable.default !== undefined) values.set(name, variable.default);
  }
  for (const [name, value] of Object.entries(phase.variables ?? {})) {
    if (Object.hasOwn(plan.variables ?? {}, name)) values.set(name, value);
  }
  return values;
}

export interface FilledQuery {
  /** The query as it is sent, or as far as it could be filled. */
  text: string;
  /** Placeholders with no value (or an unsafe one), in order of first use: the query must not be sent. */
  unfilled: string[];
}

export interface FillOptions {
  /** The variables of the phase (phaseVariables). */
  variables: ReadonlyMap<string, string>;
  /** The gate's window, else the metric's; fills `{window}`. */
  window?: string | undefined;
  provider: Metric['provider'];
}

/**
 * The query with `{window}` and the phase's variables filled in. Provider placeholders (http-json
 * times) are left for the provider. Values that do not match their strict pattern are not put in:
 * they count as unfilled, so the query is refused rather than sent with foreign syntax in it.
 */
export function fillQuery(template: string, options: FillOptions): FilledQuery {
  const own = providerPlaceholders(options.provider);
  const encode = options.provider === 'http-json' ? encodeURIComponent : (value: string) => value;
  const unfilled: string[] = [];
  const text = template.replace(PLACEHOLDER, (whole, name: string) => {
    if (own.includes(name)) return whole;
    const value = name === WINDOW_VARIABLE ? options.window : options.variables.get(name);
    const safe = value !== undefined && (name === WINDOW_VARIABLE ? DURATION : VALUE).test(value);
    if (!safe) {
      if (!unfilled.includes(name)) unfilled.push(name);
      return whole;
    }
    return encode(value);
  });
  return { text, unfilled };
}
