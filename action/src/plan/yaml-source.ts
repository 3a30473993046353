// Bytes → text → YAML document, with every failure turned into a positioned diagnostic.
// Shared by plans, lessons' front matter and the repo config.

import { isUtf8 } from 'node:buffer';
import type { TSchema } from '@sinclair/typebox';
import {
  type Alias,
  Composer,
  type CST,
  type Document,
  isAlias,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  Lexer,
  LineCounter,
  Parser,
  type YAMLError,
  YAMLParseError,
} from 'yaml';
import { type Diagnostic, START_OF_FILE } from '../diagnostics/diagnostic.ts';
import { commentCutWarnings } from './comment-cut.ts';
import { createLocator, type Locator } from './locate.ts';
import { plainData } from './plain-data.ts';
import { codeExpected, codeHint, quotedKey, yamlHint } from './yaml-hints.ts';
import { findMisindentedLines, withFindingsFixed } from './yaml-indent.ts';
import { linesStartingWithTab, TAB_GUESSES, withTabsReplaced } from './yaml-tabs.ts';

/** Plans are hand-written; anything larger is a mistake (or an attack on the parser). */
export const MAX_FILE_BYTES = 1024 * 1024;
/** YAML aliases expand; cap them to keep "billion laughs" documents harmless. */
const MAX_ALIAS_COUNT = 100;
/**
 * Aliases (`*name`) in one document. The library finds each alias's anchor by walking the whole
 * document, so N aliases cost N times the document; plans use a handful, if any.
 */
export const MAX_ALIASES = 100;
/**
 * Mappings and lists inside each other, at most. A plan needs about 8; the YAML composer, the
 * schema validator and every walk over the data recurse once per level, so a document 10,000
 * levels deep would overflow the stack instead of getting an error.
 */
export const MAX_NESTING_DEPTH = 64;

export interface DecodeResult {
  text?: string;
  diagnostics: Diagnostic[];
}

function lineAndColumnOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    // LF, CRLF (counted at its LF) and a lone CR each end a line.
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  // Count characters, not bytes, on the offending line.
  const column = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset)).length + 1;
  return { line, column };
}

/**
 * The offset of the first byte sequence that is not well-formed UTF-8 (Unicode table 3-7), or -1.
 * Besides stray and missing continuation bytes this refuses overlong forms (E0 80..9F, F0 80..8F),
 * code points past U+10FFFF (F4 90..) and UTF-16 surrogates encoded as UTF-8 (ED A0..BF): a
 * decoder would silently turn those into U+FFFD.
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    const second = bytes[i + 1];
    const [low, high] =
      b === 0xe0
        ? [0xa0, 0xbf]
        : b === 0xed
          ? [0x80, 0x9f]
          : b === 0xf0
            ? [0x90, 0xbf]
            : b === 0xf4
              ? [0x80, 0x8f]
              : [0x80, 0xbf];
    if (need > 0 && (second === undefined || second < low || second > high)) return i;
    for (let k = 2; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
}

/**
 * The byte order of a UTF-16 file, by its byte order mark or, without one, by text whose every
 * other byte is NUL from the start (ASCII written as UTF-16); undefined for anything else.
 */
function utf16Order(bytes: Uint8Array): 'little-endian' | 'big-endian' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'little-endian';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'big-endian';
  if (bytes.length < 4) return undefined;
  if (bytes[0] !== 0 && bytes[1] === 0 && bytes[2] !== 0 && bytes[3] === 0) return 'little-endian';
  if (bytes[0] === 0 && bytes[1] !== 0 && bytes[2] === 0 && bytes[3] !== 0) return 'big-endian';
  return undefined;
}

/**
 * Checks size, binary content and UTF-8 before any parsing. `totalBytes` is the file's real
 * size when the caller read only its head.
 */
export function decodeSource(bytes: Uint8Array, file: string, totalBytes = bytes.length): DecodeResult {
  const fileError = (code: string, message: string, hint: string, expected: string, at = START_OF_FILE) => ({
    diagnostics: [{ file, ...at, severity: 'error' as const, code, message, expected, hint }],
  });
  if (totalBytes > MAX_FILE_BYTES) {
    return fileError(
      'file/too-large',
      `the file is ${(totalBytes / 1024 / 1024).toFixed(1)} MiB; Rollbook reads plan files up to ${MAX_FILE_BYTES / 1024 / 1024} MiB`,
      'split the plan, or check that this is the file you meant',
      `a YAML file of at most ${MAX_FILE_BYTES} bytes`,
    );
  }
  const utf16 = utf16Order(bytes);
  if (utf16) {
    return fileError(
      'file/encoding',
      `the file is UTF-16 (${utf16}), not UTF-8`,
      're-save the file as UTF-8 (most editors offer it as "Save with Encoding")',
      'UTF-8 text',
    );
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const { line, column } = lineAndColumnOfByte(bytes, nul);
    return fileError(
      'file/binary',
      'the file contains a NUL byte: it looks like a binary file, not YAML',
      'check the path; plans are UTF-8 text files named *.rollout.yaml',
      'UTF-8 text',
      { line, column, endLine: line, endColumn: column + 1 },
    );
  }
  // Node's native check (strict UTF-8, as firstInvalidUtf8) clears a valid file at memory speed;
  // only an invalid one is scanned again, for the offset of its first bad byte.
  const bad = isUtf8(bytes) ? -1 : firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const { line, column } = lineAndColumnOfByte(bytes, bad);
    const surrogate = bytes[bad] === 0xed && (bytes[bad + 1] ?? 0) >= 0xa0;
    return fileError(
      'file/encoding',
      surrogate
        ? `bytes 0x${[...bytes.subarray(bad, bad + 3)].map((b) => b.toString(16)).join(' 0x')} at offset ${bad} encode a UTF-16 surrogate, which is not valid UTF-8`
        : `byte 0x${bytes[bad]!.toString(16).padStart(2, '0')} at offset ${bad} is not valid UTF-8`,
      're-save the file as UTF-8 (it may be Latin-1 or UTF-16)',
      'UTF-8 text',
      { line, column, endLine: line, endColumn: column + 1 },
    );
  }
  let text = new TextDecoder('utf-8').decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // Old Mac line ends: a lone CR ends a line in YAML, but not for the parser's line counter or
  // for code frames. One character for one, so offsets and columns do not move.
  if (text.includes('\r')) text = text.replace(/\r(?!\n)/g, '\n');
  return { text, diagnostics: [] };
}

/** The text of `line` (1-based), without its line end. */
function lineText(text: string, lineCounter: LineCounter, line: number): string {
  const start = lineCounter.lineStarts[line - 1] ?? text.length;
  const end = text.indexOf('\n', start);
  const whole = text.slice(start, end < 0 ? text.length : end);
  return whole.endsWith('\r') ? whole.slice(0, -1) : whole;
}

/** The last of `sorted` (ascending) at or before `position`, by binary search. */
function lastAtOrBefore<T>(sorted: readonly T[], position: number, at: (item: T) => number): T | undefined {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (at(sorted[middle]!) <= position) low = middle + 1;
    else high = middle;
  }
  return low > 0 ? sorted[low - 1] : undefined;
}

/**
 * Where a "missing closing quote" error starts: at the quote that opens the scalar, which the
 * library reports where the scalar stops (the end of its line, or of the file).
 */
function openingQuote(error: YAMLError, unclosedQuotes: readonly number[]): [number, number] | undefined {
  if (error.code !== 'MISSING_CHAR' || !/closing .?quote/i.test(error.message)) return undefined;
  const before = lastAtOrBefore(unclosedQuotes, error.pos[0], (offset) => offset);
  return before === undefined ? undefined : [before, before + 1];
}

/** A flow collection still open where the lexer had to end it, and what to say of it. */
const OPEN_COLLECTIONS = {
  '[': { kind: 'list', close: ']' },
  '{': { kind: 'mapping', close: '}' },
} as const;

/**
 * An unclosed flow collection's error, at its `[` or `{`: the library reports it where the block
 * around it goes on (the next line less indented, or the end of the file), and in words about
 * indentation that fit a list closed on a line too little indented as well as one never closed.
 */
function openingBracket(
  error: YAMLError,
  { unclosedBrackets: unclosed, lineCounter, firstLine }: Composed,
): { range: [number, number]; close: string; words: Pick<Diagnostic, 'message' | 'expected' | 'hint'> } | undefined {
  const kind = /^flow (sequence|map)\b/i.exec(error.message)?.[1]?.toLowerCase();
  if (error.code !== 'BAD_INDENT' || kind === undefined || !/end with/i.test(error.message)) return undefined;
  const opener = lastAtOrBefore(unclosed, error.pos[0], (b) => b.offset);
  if (opener?.bracket !== (kind === 'sequence' ? '[' : '{')) return undefined;
  const { kind: what, close } = OPEN_COLLECTIONS[opener.bracket];
  const endedAt = lineCounter.linePos(error.pos[0]).line;
  // On its own line, the error is about a closing bracket of the wrong kind: the library's words.
  if (endedAt <= lineCounter.linePos(opener.offset).line) return undefined;
  return {
    range: [opener.offset, opener.offset + 1],
    close,
    words: {
      message: `the ${what} opened here with "${opener.bracket}" is not closed with "${close}" before line ${endedAt + firstLine - 1}`,
      expected: `"${close}" at the end of the ${what}, with each line it goes on to indented more than its key`,
      hint: `close it with "${close}"; if it goes on to more lines, indent them further than the key it belongs to`,
    },
  };
}

function yamlErrorToDiagnostic(
  error: YAMLError,
  text: string,
  file: string,
  composed: Composed,
  severity: 'error' | 'warning',
): Diagnostic {
  const { lineCounter, unclosedQuotes } = composed;
  const bracket = openingBracket(error, composed);
  const [start, end] = openingQuote(error, unclosedQuotes) ?? bracket?.range ?? error.pos;
  const from = lineCounter.linePos(start);
  const to = lineCounter.linePos(Math.max(start, end));
  // The library's message repeats the position and a code frame; keep only its first sentence.
  const message = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  return {
    file,
    line: from.line,
    column: from.col,
    endLine: to.line,
    endColumn: Math.max(to.col, from.col + 1),
    severity,
    code: `yaml/${error.code.toLowerCase().replace(/_/g, '-')}`,
    ...(bracket?.words ?? {
      message: message.charAt(0).toLowerCase() + message.slice(1),
      expected: codeExpected(error.code),
      hint: yamlHint(error.code, message, lineText(text, lineCounter, from.line), from.col),
    }),
  };
}

/**
 * Syntax errors with each mis-indented key or list item explained as one (plan/yaml-indent.ts):
 * a finding stands in for the library's errors on the lines it explains, which describe what its
 * parser tripped on. The errors those lines still have once the findings' lines are written as
 * their hints' first ways out say (the text parsed once more, only when there are findings) are
 * other mistakes, which the mis-indented line may have hidden from the library, and are shown with
 * it; but not a key written twice that the file itself does not report, which is what a first way
 * out the user did not mean makes (two blocks read as one). Errors elsewhere stay; all in the
 * order of their lines.
 */
function withIndentFinding(errors: Diagnostic[], text: string, file: string, firstLine: number): Diagnostic[] {
  const findings = findMisindentedLines(text, new Set(errors.map((d) => d.line)), firstLine);
  if (findings.length === 0) return errors;
  // The findings' ranges barely overlap: this set holds at most about one entry per line.
  const explained = new Set<number>();
  for (const { explains } of findings) for (let line = explains.from; line <= explains.to; line++) explained.add(line);
  const fixedLines = new Set(findings.map((f) => f.line));
  const fixedText = withFindingsFixed(text, findings);
  const fixed = compose(fixedText, firstLine);
  const reported = new Set(errors.map((d) => `${d.line} ${d.code}`));
  const others =
    fixed.tooDeepAt === undefined
      ? fixed.doc.errors
          .map((e) => yamlErrorToDiagnostic(e, fixedText, file, fixed, 'error'))
          .filter(
            (d) =>
              explained.has(d.line) &&
              !fixedLines.has(d.line) &&
              (d.code !== 'yaml/duplicate-key' || reported.has(`${d.line} ${d.code}`)),
          )
      : [];
  const found: Diagnostic[] = findings.map((finding) => ({
    file,
    line: finding.line,
    column: finding.startColumn,
    endLine: finding.line,
    endColumn: finding.endColumn,
    severity: 'error',
    code: `yaml/${finding.code}`,
    message: finding.message,
    expected: finding.expected,
    hint: finding.hint,
  }));
  return [...errors.filter((d) => !explained.has(d.line)), ...others, ...found].sort(
    (a, b) => a.line - b.line || a.column - b.column,
  );
}

/**
 * The library's errors as diagnostics, with an unclosed flow collection told as the cause: the
 * lexer reads the lines after a `[` never closed as keys inside it, and the library reports one or
 * two errors on each. The text is parsed again with each such collection (openingBracket) closed
 * at the end of its line, where a forgotten bracket goes, and of the other errors only those the
 * closed text still has are kept.
 */
function withUnclosedExplained(yamlErrors: readonly YAMLError[], text: string, file: string, composed: Composed) {
  const errors = yamlErrors.map((e) => yamlErrorToDiagnostic(e, text, file, composed, 'error'));
  const unclosed = yamlErrors.flatMap((e, index) => {
    const bracket = openingBracket(e, composed);
    return bracket ? [{ index, at: bracket.range[0], close: bracket.close }] : [];
  });
  if (unclosed.length === 0) return errors;
  let fixedText = text;
  // From the last opener to the first, so the earlier ones' offsets stay where they were; two on
  // one line close inner first, each after the brackets already added.
  for (const { at, close } of [...unclosed].sort((a, b) => b.at - a.at)) {
    const newline = fixedText.indexOf('\n', at);
    const end = at + fixedText.slice(at, newline < 0 ? fixedText.length : newline).trimEnd().length;
    fixedText = fixedText.slice(0, end) + close + fixedText.slice(end);
  }
  const fixed = compose(fixedText, composed.firstLine);
  if (fixed.tooDeepAt !== undefined) return errors;
  const still = new Set(
    fixed.doc.errors.map((e) => {
      const d = yamlErrorToDiagnostic(e, fixedText, file, fixed, 'error');
      return `${d.line} ${d.code}`;
    }),
  );
  const openers = new Set(unclosed.map((u) => u.index));
  return errors.filter((d, index) => openers.has(index) || still.has(`${d.line} ${d.code}`));
}

const TAB_CODE = 'yaml/tab-as-indent';
/** Tab-indented lines each told apart; more (a file indented with tabs) are one error naming a few. */
const MAX_TAB_LINES_APART = 3;
/** Line numbers a many-tabs error names before "and N more". */
const TAB_LINES_NAMED = 3;

/**
 * Syntax errors with the lines indented by tabs told as the cause (plan/yaml-tabs.ts): the text
 * is parsed again with the tabs replaced, once per guess at what they stood for, and of the
 * other errors only those the better guess still has are kept; the rest followed from the tabs.
 * More than MAX_TAB_LINES_APART tab lines are one error at the first, naming a few.
 */
function withTabsExplained(errors: Diagnostic[], text: string, file: string, firstLine: number): Diagnostic[] {
  const tabs = errors.filter((d) => d.code === TAB_CODE);
  if (tabs.length === 0) return errors;
  // The library stops reporting tabs where its reading of the structure breaks down; a line that
  // starts with a tab is one, reported or not.
  const tabLines = new Set([...tabs.map((d) => d.line - 1), ...linesStartingWithTab(text)]);
  let remaining: Set<string> | undefined;
  for (const guess of TAB_GUESSES) {
    const fixedText = withTabsReplaced(text, tabLines, guess);
    const fixed = compose(fixedText, firstLine);
    if (fixed.tooDeepAt !== undefined) continue;
    const still = new Set(
      fixed.doc.errors.map((e) => {
        const d = yamlErrorToDiagnostic(e, fixedText, file, fixed, 'error');
        return `${d.line} ${d.code}`;
      }),
    );
    if (remaining === undefined || still.size < remaining.size) remaining = still;
  }
  const kept = errors.filter(
    (d) => d.code === TAB_CODE || remaining === undefined || remaining.has(`${d.line} ${d.code}`),
  );
  if (tabs.length <= MAX_TAB_LINES_APART) return kept;
  const first = tabs[0]!;
  const lines = [...tabLines].sort((a, b) => a - b);
  const named = lines.slice(0, TAB_LINES_NAMED).map((i) => i + firstLine);
  const many: Diagnostic = {
    ...first,
    message: `${lines.length} lines are indented with tabs, the first here`,
    expected: 'indentation with spaces',
    hint: `YAML indents with spaces only: replace the tabs on lines ${named.join(', ')} and ${lines.length - named.length} more (an editor can convert a file's indentation to spaces)`,
  };
  return kept.filter((d) => d.code !== TAB_CODE || d === first).map((d) => (d === first ? many : d));
}

/**
 * Mappings become objects without a prototype, so a key such as `constructor` or `toString` is
 * there only when the document says so (see plan/own.ts). The library built each object for
 * this call alone, so its prototype is dropped in place rather than copying every mapping.
 */
function withoutPrototype(_key: unknown, value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  if (Object.getPrototypeOf(value) === Object.prototype) Object.setPrototypeOf(value, null);
  return value;
}

export interface YamlSource {
  data: unknown;
  locator: Locator;
  diagnostics: Diagnostic[];
}

/** The offset of the first collection nested deeper than MAX_NESTING_DEPTH, walking the CST without recursion. */
function tooDeep(tokens: readonly CST.Token[]): number | undefined {
  const stack: [CST.Token, number][] = tokens.map((token) => [token, 0]);
  while (stack.length > 0) {
    const [token, depth] = stack.pop()!;
    if (token.type === 'document') {
      if (token.value) stack.push([token.value, depth]);
      continue;
    }
    if (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection') continue;
    if (depth + 1 > MAX_NESTING_DEPTH) return token.offset;
    for (const item of token.items) {
      if (item.key) stack.push([item.key, depth + 1]);
      if (item.value) stack.push([item.value, depth + 1]);
    }
  }
  return undefined;
}

/** The lexer's token for the end of a flow collection it ends itself, without its `]` or `}`. */
const FLOW_END = '\u0018';
/** Lexer tokens that stand for no source text. */
const LEXER_MARKERS = new Set(['\u0002', FLOW_END, '\u001f']);

interface Composed {
  doc: Document;
  lineCounter: LineCounter;
  tooDeepAt?: number;
  /** Offsets of quoted scalars whose quote is never closed: where a "missing closing quote" starts. */
  unclosedQuotes: number[];
  /** The `[` and `{` the lexer had to end at a line less indented than their block, in order. */
  unclosedBrackets: UnclosedBracket[];
  /** The file's line the text starts on, for line numbers written in messages. */
  firstLine: number;
}

interface UnclosedBracket {
  offset: number;
  bracket: '[' | '{';
}

/**
 * Whether a quoted scalar's source ends in its closing quote: `"` not escaped by a backslash, or
 * `'` not doubled (an odd run of them after the opening one).
 */
function isClosedQuote(source: string): boolean {
  const quote = source[0]!;
  let run = 0;
  if (quote === '"') {
    if (source.length < 2 || !source.endsWith('"')) return false;
    for (let i = source.length - 2; i > 0 && source[i] === '\\'; i--) run++;
    return run % 2 === 0;
  }
  for (let i = source.length - 1; i > 0 && source[i] === "'"; i--) run++;
  return run % 2 === 1;
}

/** A document with no content, for text that is not composed (its line starts counted, for positions). */
function uncomposed(text: string, tooDeepAt: number, firstLine: number): Composed {
  const lineCounter = new LineCounter();
  lineCounter.addNewLine(0);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
  const doc = new Composer({}).compose([], true, text.length).next().value as Document;
  return { doc, lineCounter, tooDeepAt, unclosedQuotes: [], unclosedBrackets: [], firstLine };
}

/**
 * parseDocument, in its steps, so the depth is checked before the recursive composer runs. The
 * text is lexed once: each lexer token goes to the parser (what `Parser.parse` does) after the
 * flow depth is counted, so a `[` or `{` nested deeper than MAX_NESTING_DEPTH stops everything
 * before the parser, quadratic on deep flow nesting, goes any further.
 */
function compose(text: string, firstLine: number): Composed {
  const lineCounter = new LineCounter();
  const parser = new Parser(lineCounter.addNewLine);
  lineCounter.addNewLine(0);
  const tokens: CST.Token[] = [];
  let offset = 0;
  const unclosedQuotes: number[] = [];
  const unclosedBrackets: UnclosedBracket[] = [];
  /** The flow collections open at this point, innermost last: their depth, and where they start. */
  const open: UnclosedBracket[] = [];
  for (const lexeme of new Lexer().lex(text)) {
    if (lexeme === '[' || lexeme === '{') {
      open.push({ offset, bracket: lexeme });
      if (open.length > MAX_NESTING_DEPTH) return uncomposed(text, offset, firstLine);
    } else if (lexeme === ']' || lexeme === '}') open.pop();
    // At a line less indented than their block the lexer ends every open collection: unclosed.
    else if (lexeme === FLOW_END) unclosedBrackets.push(...open.splice(0));
    if ((lexeme[0] === '"' || lexeme[0] === "'") && !isClosedQuote(lexeme)) unclosedQuotes.push(offset);
    if (!LEXER_MARKERS.has(lexeme)) offset += lexeme.length;
    for (const token of parser.next(lexeme)) tokens.push(token);
  }
  for (const token of parser.end()) tokens.push(token);
  // The library's own duplicate-key check compares each key with every earlier one (quadratic
  // in a mapping's size); duplicateKeys() does the same check with a set.
  const composer = new Composer({ uniqueKeys: false, prettyErrors: false });
  const deep = tooDeep(tokens);
  let doc: Document | undefined;
  for (const next of composer.compose(deep === undefined ? tokens : [], true, text.length)) {
    if (!doc) doc = next;
    else {
      doc.errors.push(
        new YAMLParseError(
          next.range.slice(0, 2) as [number, number],
          'MULTIPLE_DOCS',
          'A second YAML document starts here',
        ),
      );
      break;
    }
  }
  if (deep === undefined) {
    const structure = structureErrors(doc!, lineCounter, firstLine);
    // The library reports some keys that are collections as an "impossible" map comment at the
    // key; the key is what is wrong, and its own error says so.
    const collectionKeys = new Set(structure.filter((e) => e.code === 'NON_STRING_KEY').map((e) => e.pos[0]));
    doc!.errors = doc!.errors.filter((e) => !(e.code === 'IMPOSSIBLE' && collectionKeys.has(e.pos[0])));
    doc!.errors.push(...structure);
  }
  return deep === undefined
    ? { doc: doc!, lineCounter, unclosedQuotes, unclosedBrackets, firstLine }
    : { doc: doc!, lineCounter, tooDeepAt: deep, unclosedQuotes, unclosedBrackets, firstLine };
}

/**
 * A DUPLICATE_KEY error at every scalar key a mapping already has, a NON_STRING_KEY error at a
 * key that is a list or a mapping, a RESOURCE_EXHAUSTION error at the alias past MAX_ALIASES,
 * and, in a document without syntax errors, a BAD_ALIAS error at an alias with no anchor of its
 * name before it; in linear time, without recursion.
 */
function structureErrors(doc: Document, lineCounter: LineCounter, firstLine: number): YAMLParseError[] {
  const errors: YAMLParseError[] = [];
  const stack: unknown[] = [doc.contents];
  let aliases = 0;
  /** Where each anchor is first set, and the aliases, to check each alias against them after the walk. */
  const anchors = new Map<string, number>();
  const aliasNodes: Alias[] = [];
  const anchored = (node: unknown) => {
    if (!isNode(node) || !node.anchor || !node.range) return;
    const at = anchors.get(node.anchor);
    if (at === undefined || node.range[0] < at) anchors.set(node.anchor, node.range[0]);
  };
  while (stack.length > 0) {
    const node = stack.pop();
    anchored(node);
    if (isAlias(node)) {
      if (++aliases === MAX_ALIASES + 1 && node.range) {
        const message = `more than ${MAX_ALIASES} aliases in one document`;
        errors.push(new YAMLParseError([node.range[0], node.range[1]], 'RESOURCE_EXHAUSTION', message));
      }
      if (aliases <= MAX_ALIASES) aliasNodes.push(node);
    }
    if (isSeq(node)) stack.push(...node.items);
    if (!isMap(node)) continue;
    /** Each scalar key's value, and where it first stood. */
    const seen = new Map<unknown, number>();
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = pair.key;
      if (isScalar(key)) {
        anchored(key);
        const first = seen.get(key.value);
        if (first !== undefined && key.range) {
          const message = `the key ${quotedKey(String(key.value))} is already in this mapping, on line ${lineCounter.linePos(first).line + firstLine - 1}`;
          errors.push(new YAMLParseError([key.range[0], key.range[1]], 'DUPLICATE_KEY', message));
        }
        if (first === undefined) seen.set(key.value, key.range?.[0] ?? 0);
      } else if ((isMap(key) || isSeq(key)) && key.range) {
        // A plan's keys are text. The library would turn this one into text of its own making
        // (and warn on the process), which no schema error could point back to.
        const message = `this key is a ${isSeq(key) ? 'list' : 'mapping'}, not text`;
        errors.push(new YAMLParseError([key.range[0], key.range[1]], 'NON_STRING_KEY', message));
      } else if (key) stack.push(key);
      stack.push(pair.value);
    }
  }
  // An alias with no anchor set before it: the library's conversion would throw, with no place.
  // Most often text that starts with "*" (Markdown emphasis), which YAML reads as an alias.
  if (doc.errors.length === 0) {
    for (const alias of aliasNodes) {
      const at = anchors.get(alias.source);
      if (!alias.range || (at !== undefined && at < alias.range[0])) continue;
      const message = `${quotedKey(`*${alias.source}`)} is an alias, and no anchor ${quotedKey(`&${alias.source}`)} is set before it`;
      errors.push(new YAMLParseError([alias.range[0], alias.range[1]], 'BAD_ALIAS', message));
    }
  }
  return errors.sort((a, b) => a.pos[0] - b.pos[0]);
}

/**
 * Parses YAML text; `data` is undefined when the document has syntax errors. With `schema`, plain
 * free-text values a comment cut short get a warning (plan/comment-cut.ts). Positions are the
 * text's; a line number in a message counts from `firstLine`, the file's line the text starts on
 * (a lesson's front matter starts on line 2, and its caller shifts the positions).
 */
export function parseYamlSource(text: string, file: string, schema?: TSchema, firstLine = 1): YamlSource {
  const composed = compose(text, firstLine);
  const { doc, lineCounter, tooDeepAt } = composed;
  const locator = createLocator(doc, lineCounter, text);
  if (tooDeepAt !== undefined) {
    const at = lineCounter.linePos(tooDeepAt);
    const diagnostic: Diagnostic = {
      file,
      line: at.line,
      column: at.col,
      endLine: at.line,
      endColumn: at.col + 1,
      severity: 'error',
      code: 'yaml/too-deep',
      message: `mappings and lists are nested more than ${MAX_NESTING_DEPTH} levels deep here`,
      expected: `at most ${MAX_NESTING_DEPTH} levels of nesting`,
      hint: 'a plan needs only a few levels; check for unclosed brackets or a generated file',
    };
    return { data: undefined, locator, diagnostics: [diagnostic] };
  }
  const diagnostics = [
    ...withTabsExplained(
      withIndentFinding(withUnclosedExplained(doc.errors, text, file, composed), text, file, firstLine),
      text,
      file,
      firstLine,
    ),
    ...doc.warnings.map((e) => yamlErrorToDiagnostic(e, text, file, composed, 'warning')),
  ];
  if (doc.errors.length > 0) return { data: undefined, locator, diagnostics };
  if (schema) diagnostics.push(...commentCutWarnings(doc, text, lineCounter, file, schema));
  // One walk for the usual document; the library's conversion for aliases and other schemas.
  const plain = plainData(doc);
  if (plain) return { data: plain.data, locator, diagnostics };
  try {
    return { data: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT, reviver: withoutPrototype }), locator, diagnostics };
  } catch (error) {
    // toJS throws (not reports) on alias bombs and unresolvable aliases.
    if (error instanceof Error && /alias/i.test(error.message)) {
      diagnostics.push({
        file,
        ...START_OF_FILE,
        severity: 'error',
        code: 'yaml/resource-exhaustion',
        message: error.message.split('\n')[0]!,
        expected: 'a document without excessive aliases',
        hint: codeHint('RESOURCE_EXHAUSTION'),
      });
      return { data: undefined, locator, diagnostics };
    }
    throw error;
  }
}
