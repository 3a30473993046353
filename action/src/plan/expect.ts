// How a KPI's `expect` is read (docs/adr/0021-kpi-expect-grammar.md). Pure and linear in the text.
//
//   expect   = [op] value [note]
//   op       = ">=" | "<=" | ">" | "<" | "=" | "≥" | "≤"
//   value    = relative | absolute
//   relative = ("+" | "-") number "%"      a change against the KPI's baseline: "+5%", "<= +5%"
//   absolute = number [unit]               "0.98", "99.5%", "<= 12 ms", "14,000"
//   note     = anything after the value, from a space, ";", "," or "(" on: kept as a note
//
// Without an operator only a relative value is a threshold ("+5%" reads ">= +5%", "-20%" reads
// "<= -20%"); anything else without one is free text: shown, never measured.

export const EXPECT_OPERATORS = ['>=', '<=', '>', '<', '='] as const;
export type ExpectOperator = (typeof EXPECT_OPERATORS)[number];

/** Unit words a value may carry after its number (besides `%`). Anything else starts the note. */
export const EXPECT_UNIT_WORDS: ReadonlySet<string> = new Set([
  'ms',
  's',
  'sec',
  'seconds',
  'min',
  'minutes',
  'h',
  'hours',
  'd',
  'days',
  'x',
  'ratio',
  'percent',
  'count',
  'req/s',
  'rps',
]);

export interface ExpectThreshold {
  op: ExpectOperator;
  value: number;
  /** `%`, a word of EXPECT_UNIT_WORDS, or absent. A relative value's unit is always `%`. */
  unit?: string;
  /** The value is a change against the baseline, in percent (`+5%` → 5). */
  relative: boolean;
  /** What follows the threshold, trimmed; absent when nothing does. */
  note?: string;
}

export type ParsedExpect =
  | { measurable: true; threshold: ExpectThreshold }
  | { measurable: false; reason: string; hint: string };

// ≥ and ≤ as escapes: the bundles keep their code ASCII (scripts/bundle.ts), and esbuild copies a
// regular expression literal as written.
const OPERATOR = /^(>=|<=|\u2265|\u2264|>|<|=)\s*/;
const NUMBER = /^([+-])?([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(\.[0-9]+)?/;
const UNIT = /^\s?(%|[A-Za-z][A-Za-z/]*)/;
const NOTE_START = /^[\s;,(]/;

function operatorOf(symbol: string): ExpectOperator {
  if (symbol === '≥') return '>=';
  if (symbol === '≤') return '<=';
  return symbol as ExpectOperator;
}

const FREE_TEXT_HINT =
  'start with a comparison and a number, such as ">= 99.5%", "<= 12 ms" or "-20%" (a change against the baseline); what follows is kept as a note';

/** Reads `expect`; free text is not measurable (and says why). */
export function parseExpect(text: string): ParsedExpect {
  let rest = text.trim();
  const op = OPERATOR.exec(rest);
  if (op) rest = rest.slice(op[0].length);
  const number = NUMBER.exec(rest);
  if (!number)
    return {
      measurable: false,
      reason: op ? `"${op[1]}" is not followed by a number` : 'it does not start with a comparison',
      hint: FREE_TEXT_HINT,
    };
  const [whole, sign, digits, fraction] = number;
  rest = rest.slice(whole.length);
  const unitMatch = UNIT.exec(rest);
  let unit: string | undefined;
  if (unitMatch && (unitMatch[1] === '%' || EXPECT_UNIT_WORDS.has(unitMatch[1]!))) {
    unit = unitMatch[1];
    rest = rest.slice(unitMatch[0].length);
  }
  if (rest !== '' && !NOTE_START.test(rest))
    return {
      measurable: false,
      reason: `"${whole}${unit ?? ''}" is followed by "${rest.slice(0, 12)}", which is not a known unit`,
      hint: `write the unit as one of %, ${[...EXPECT_UNIT_WORDS].join(', ')}, or put a space before a note`,
    };
  const value = Number(`${sign ?? ''}${digits!.replaceAll(',', '')}${fraction ?? ''}`);
  if (!Number.isFinite(value))
    return { measurable: false, reason: `"${whole.slice(0, 12)}…" is too large a number`, hint: FREE_TEXT_HINT };
  const relative = sign !== undefined && unit === '%';
  if (!op && !relative)
    return { measurable: false, reason: 'it does not start with a comparison', hint: FREE_TEXT_HINT };
  const note = rest.replace(/^[\s;,]+/, '').trim();
  return {
    measurable: true,
    threshold: {
      op: op ? operatorOf(op[1]!) : value < 0 ? '<=' : '>=',
      value,
      ...(unit ? { unit } : {}),
      relative,
      ...(note ? { note } : {}),
    },
  };
}

/** The first number of a baseline and the unit after it ("71% (2026-09)" → 71 %), if it has one. */
export function parseQuantity(text: string): { value: number; unit?: string } | undefined {
  const match = /([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(\.[0-9]+)?/.exec(text);
  if (!match) return undefined;
  const value = Number(`${match[1]!.replaceAll(',', '')}${match[2] ?? ''}`);
  const after = UNIT.exec(text.slice(match.index + match[0].length));
  const unit = after && (after[1] === '%' || EXPECT_UNIT_WORDS.has(after[1]!)) ? after[1] : undefined;
  return { value, ...(unit ? { unit } : {}) };
}
