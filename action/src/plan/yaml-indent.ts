// What a mis-indented line looks like to a person, where the YAML library's own errors describe
// what its parser tripped on instead ("sequence item without - indicator", "implicit keys need
// to be on a single line", several at once). Given the text and the lines with syntax errors, it
// finds each key or list item on such a line whose indentation lines up with no block open above
// it, and names the lines it could line up with (ADR 92). Pure; one pass over the lines, no
// recursion, no backtracking pattern. yaml-source.ts shows each finding in place of the
// library's errors on the lines it explains.

import { plural } from '../text/plural.ts';
import { truncate } from '../text/truncate.ts';
import { MAX_SHOWN_CHARS, quotedKey as quoted } from './yaml-hints.ts';

/** What a list item's first key follows: its "-" and one space. */
const ITEM_MARK = '- ';

/** A column where a block is open: its mapping keys, or its list items' `-`, or both. */
interface Level {
  column: number;
  /** The last line a key started at this column, if any (1-based). */
  keyLine?: number;
  keyName?: string;
  /** The last line a list item's `-` stood at this column, if any. */
  itemLine?: number;
  /** The line that opened this level: when it is `keyLine`, that key is its mapping's only one so far. */
  opened: number;
  /** The first line a list item's `-` stood at this column. */
  firstItemLine?: number;
  /** For the first key of a list item (`- id: x`), the column of its `-`. */
  itemDash?: number;
}

export interface IndentFinding {
  /** `bad-indent`, or `dash-without-space` for `-key: value` meant as a list item. */
  code: 'bad-indent' | 'dash-without-space';
  /** The mis-indented line (1-based) and its indentation in spaces. */
  line: number;
  indent: number;
  /** Columns (1-based) of the key or `-` the finding underlines. */
  startColumn: number;
  endColumn: number;
  message: string;
  expected: string;
  hint: string;
  /** The first and last line (1-based) whose syntax errors this finding explains. */
  explains: { from: number; to: number };
  /** The line as the hint's first way out writes it (without its line end). */
  fixed: string;
}

interface ContentLine {
  indent: number;
  /** The line without its indentation and line end. */
  text: string;
  /** `- …`: a list item. */
  item: boolean;
  /** The key this line starts (after the `-` for an item), when it starts one. */
  key?: string;
  /** Column (0-based) of that key. */
  keyColumn?: number;
  /** The key has a value on this line (else its value is the block below it). */
  hasValue: boolean;
  /** The key has a plain value on this line: a deeper line after it would continue that value. */
  scalarValue: boolean;
  /** The line ends in a block scalar indicator (`|`, `>`): deeper lines are its text. */
  blockScalar: boolean;
}

/**
 * The key a line's content starts with and the rest of the line after its `:`, scanned once
 * (a regular expression for "text, then a colon" backtracks on long lines without one).
 * Undefined for flow collections, comments, and text without a `key:`.
 */
function splitKey(body: string): { key: string; value: string } | undefined {
  const first = body[0];
  if (first === undefined || '#{[&*!|>'.includes(first)) return undefined;
  let from = 0;
  if (first === '"' || first === "'") {
    const close = body.indexOf(first, 1);
    if (close < 0) return undefined;
    from = close + 1;
  }
  for (let i = from; i < body.length; i++) {
    const c = body[i]!;
    if (c === '#' && (i === 0 || body[i - 1] === ' ')) return undefined;
    if (c === ':' && (i + 1 === body.length || body[i + 1] === ' ')) {
      return { key: body.slice(0, i).trim(), value: body.slice(i + 1) };
    }
  }
  return undefined;
}

/** The value without a trailing comment, trimmed. */
function withoutComment(value: string): string {
  const comment = value.search(/\s#/);
  return (comment >= 0 ? value.slice(0, comment) : value).trim();
}

function readContent(line: string): ContentLine | undefined {
  const text = line.endsWith('\r') ? line.slice(0, -1) : line;
  // YAML indents with spaces alone; a tab there is YAML's own error (the caller stops at it).
  let indent = 0;
  while (text.charCodeAt(indent) === 0x20) indent++;
  const rest = text.slice(indent).trimEnd();
  if (rest === '' || rest.startsWith('#')) return undefined;
  const item = rest === '-' || rest.startsWith('- ');
  const body = item ? rest.slice(1).trimStart() : rest;
  const bodyColumn = indent + (rest.length - body.length);
  const key = splitKey(body);
  const value = withoutComment(key ? key.value : item ? body : '');
  const blockScalar = /^[|>][-+0-9]*$/.test(value);
  return {
    indent,
    text: rest,
    item,
    ...(key ? { key: key.key, keyColumn: bodyColumn } : {}),
    hasValue: value !== '',
    scalarValue: value !== '' && !blockScalar && !'[{&*!'.includes(value[0]!),
    blockScalar,
  };
}

const spaces = (n: number) => plural(n, 'space');

/** A line number as the file shows it (the text may start further down, as a lesson's front matter does). */
type Shown = (line: number) => number;

/** "indent it 4 spaces, like "steps" on line 43". */
function placeAt(level: Level, forItem: boolean, shown: Shown): string {
  const how = level.column === 0 ? 'start it at the beginning of the line' : `indent it ${spaces(level.column)}`;
  if (forItem && level.itemLine !== undefined) return `${how}, like the list item on line ${shown(level.itemLine)}`;
  return `${how}, like ${quoted(level.keyName!)} on line ${shown(level.keyLine!)}`;
}

/**
 * When `level` holds one key so far (the first of its mapping) and the key under judgement sits
 * deeper than their parent, the other way to make the two agree: move that first key instead.
 * The first key of a list item moves with its `-`, which must keep lining up with the list's
 * other items: offered only for a list of one item.
 */
function orMoveLone(
  lines: readonly string[],
  levels: readonly Level[],
  level: Level,
  indent: number,
  shown: Shown,
): string {
  if (level.keyLine === undefined || level.keyLine !== level.opened) return '';
  const index = levels.indexOf(level);
  const parent = index > 0 ? levels[index - 1]! : undefined;
  if (level.itemDash === undefined) {
    if (indent <= (parent?.column ?? -1)) return '';
    return `; or, if ${quoted(level.keyName!)} is the one out of line, indent it ${spaces(indent)} instead`;
  }
  // `parent` is the list's level (its `-` column); the block the list is in lies under it.
  const dash = indent - (level.column - level.itemDash);
  // A list's "-" may stand at the column of the key whose value it is (`key:` then `- x`), or deeper.
  const owner = parent?.keyLine !== undefined ? parent : index > 1 ? levels[index - 2] : undefined;
  const floor = owner === undefined ? 0 : owner.keyLine !== undefined ? owner.column : owner.column + 1;
  if (dash < floor) return '';
  if (parent?.firstItemLine !== level.keyLine) return '';
  if (followedByItem(lines, level.keyLine, level.itemDash)) return '';
  return `; or, if the list item on line ${shown(level.keyLine)} is the one out of line, indent its "-" ${spaces(dash)} instead`;
}

/**
 * For each line (0-based), the next line that has content and is indented no deeper than it, or
 * the line count: one pass with a stack, built once per text on first use, so that asking it for
 * any number of list items stays linear in the text.
 */
const nextNoDeeper = new WeakMap<readonly string[], Int32Array>();
function nextNoDeeperOf(lines: readonly string[]): Int32Array {
  let next = nextNoDeeper.get(lines);
  if (next) return next;
  next = new Int32Array(lines.length).fill(lines.length);
  const open: { index: number; indent: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const content = readContent(lines[i]!);
    if (!content) continue;
    while (open.length > 0 && open.at(-1)!.indent >= content.indent) next[open.pop()!.index] = i;
    open.push({ index: i, indent: content.indent });
  }
  nextNoDeeper.set(lines, next);
  return next;
}

/** Whether the list item on `line` (1-based, its `-` at `dash`) is followed by another item of its list. */
function followedByItem(lines: readonly string[], line: number, dash: number): boolean {
  const next = nextNoDeeperOf(lines)[line - 1]!;
  const content = next < lines.length ? readContent(lines[next]!) : undefined;
  return content?.item === true && content.indent === dash;
}

/**
 * The open levels a key may line up with (keys), or a list item (other items, else keys): the
 * nearest on each side of `indent`, the closer one alone, or both when they are as close.
 */
function candidates(levels: readonly Level[], indent: number, forItem: boolean): Level[] {
  const items = forItem ? levels.filter((l) => l.itemLine !== undefined) : [];
  const fits = items.length > 0 ? items : levels.filter((l) => l.keyLine !== undefined);
  const below = fits.filter((l) => l.column < indent).at(-1);
  const above = fits.find((l) => l.column > indent);
  const found = [below, above].filter((l): l is Level => l !== undefined);
  if (found.length < 2) return found;
  const [b, a] = [indent - below!.column, above!.column - indent];
  return b === a ? [above!, below!] : b < a ? [below!] : [above!];
}

/**
 * The last line (1-based) of the block a mis-indented line on `line` starts: the line before the
 * next one indented `column` or less, else the last line.
 */
function blockEnd(lines: readonly string[], line: number, column: number): number {
  // Index `line` is the line after it; a line found at index i ends the block on line i.
  for (let i = line; i < lines.length; i++) {
    const content = readContent(lines[i]!);
    if (content && content.indent <= column) return i;
  }
  return lines.length;
}

/**
 * A finding for each key or list item that is indented where no open block is and that a syntax
 * error is reported on (or, for a line YAML reads as more of the value before it, on that line).
 * `errorLines` are the 1-based lines of the errors. One pass over the lines; the lines a finding
 * explains are not judged again. Stops at a tab in an indentation (YAML's own error says that).
 * Positions are the text's; line numbers in the words count from `firstLine`, the file's line
 * the text starts on.
 */
export function findMisindentedLines(text: string, errorLines: ReadonlySet<number>, firstLine = 1): IndentFinding[] {
  const shown: Shown = (line) => line + firstLine - 1;
  const findings: IndentFinding[] = [];
  if (errorLines.size === 0) return findings;
  let lastError = 0;
  for (const line of errorLines) lastError = Math.max(lastError, line);
  const lines = text.split('\n');
  const levels: Level[] = [];
  let previous: { line: number; content: ContentLine } | undefined;
  /**
   * The block scalar (`|`, `>`) being read: the column of its key, and the indentation of its
   * first line of text once seen. Lines at least that deep are its text, not structure.
   */
  let scalar: { owner: number; text?: number } | undefined;
  /** The last line the latest finding explains. */
  let explainedTo = 0;
  for (let i = 0; i < lines.length; i++) {
    const lineNumber = i + 1;
    const raw = lines[i]!;
    if (/^ *\t/.test(raw)) break;
    const content = readContent(raw);
    if (!content) continue;
    if (scalar && content.indent > scalar.owner) {
      // The first line of text sets how deep the rest of it is.
      scalar.text ??= content.indent;
      if (content.indent >= scalar.text) continue;
    }
    const endedScalar = scalar;
    scalar = undefined;
    const { indent } = content;
    const judged = lineNumber > explainedTo && (content.key !== undefined || content.item);
    const onError = errorLines.has(lineNumber);
    const afterError = previous !== undefined && errorLines.has(previous.line);
    if (judged && (onError || afterError)) {
      const finding = judge(lines, levels, previous, content, lineNumber, onError, endedScalar?.text, shown);
      if (finding) {
        findings.push(finding);
        explainedTo = finding.explains.to;
      }
    }
    if (lineNumber > lastError && !afterError) break;
    while (levels.length > 0 && levels.at(-1)!.column > indent) levels.pop();
    let level = levels.at(-1);
    if (level?.column !== indent) {
      level = { column: indent, opened: lineNumber };
      levels.push(level);
    }
    if (content.item) {
      level.itemLine = lineNumber;
      level.firstItemLine ??= lineNumber;
    } else if (content.key !== undefined) {
      Object.assign(level, { keyLine: lineNumber, keyName: content.key });
      // A list at a key's own column (`key:` then `- x`) is that key's: the next key's list is another.
      delete level.firstItemLine;
    }
    if (content.item && content.key !== undefined && content.keyColumn !== undefined) {
      levels.push({
        column: content.keyColumn,
        keyLine: lineNumber,
        keyName: content.key,
        opened: lineNumber,
        itemDash: indent,
      });
    }
    if (content.blockScalar) scalar = { owner: content.keyColumn ?? indent };
    previous = { line: lineNumber, content };
  }
  return findings;
}

function judge(
  lines: readonly string[],
  levels: readonly Level[],
  previous: { line: number; content: ContentLine } | undefined,
  content: ContentLine,
  line: number,
  /** A syntax error is reported on this line itself. */
  onError: boolean,
  /** The indentation of the text of a block scalar this line ended, if it ended one. */
  scalarText: number | undefined,
  shown: Shown,
): IndentFinding | undefined {
  const { indent, item } = content;
  const what = item ? 'this list item' : quoted(content.key!);
  const width = item ? 1 : content.key!.length;
  /** A finding on this line, underlining its key or dash, that explains lines `from` to the end of the block at `column`. */
  const found = (
    code: IndentFinding['code'],
    words: Pick<IndentFinding, 'message' | 'expected' | 'hint'>,
    from: number,
    column: number,
    fixed: string,
  ): IndentFinding => ({
    code,
    line,
    indent,
    startColumn: indent + 1,
    endColumn: indent + 1 + width,
    ...words,
    explains: { from, to: blockEnd(lines, line, column) },
    fixed,
  });
  /** This line indented `column` spaces. */
  const indented = (column: number) => ' '.repeat(column) + content.text;
  const top = levels.at(-1);
  const at = levels.find((l) => l.column === indent);
  // `-id: x`: a list item without the space after its dash is a key named "-id".
  if (onError && !item && /^-[^\s-]/.test(content.text)) {
    const written = `${ITEM_MARK}${content.text.slice(1)}`;
    return found(
      'dash-without-space',
      {
        message: `${what} has no space after its "-", so YAML does not read it as a list item`,
        expected: 'a list item: "- " and then its content',
        hint: `put a space after the "-": ${truncate(written, MAX_SHOWN_CHARS)}`,
      },
      line,
      indent,
      `${' '.repeat(indent)}${written}`,
    );
  }
  // Between a block scalar's key and its text: neither a new key nor more of the text.
  if (top?.keyLine !== undefined && scalarText !== undefined && indent > top.column && indent < scalarText) {
    return found(
      'bad-indent',
      {
        message: `${what} is indented ${spaces(indent)}: more than ${quoted(top.keyName!)} on line ${shown(top.keyLine)} and less than its text, so it ends that text without starting anything`,
        expected: `text indented ${spaces(scalarText)} or more, or a key lined up with the keys of its mapping`,
        hint: `indent it ${spaces(scalarText)} to keep it in the text of ${quoted(top.keyName!)}; or ${placeAt(top, false, shown)}`,
      },
      line,
      top.column,
      indented(scalarText),
    );
  }
  // Deeper than a line whose key has a value on it: YAML reads this line as more of that value.
  if (top && indent > top.column && previous?.content.scalarValue && !item) {
    const owner = levels.find((l) => l.keyLine === previous.line) ?? top;
    if (owner.keyLine === undefined) return undefined;
    return found(
      'bad-indent',
      {
        message: `${what} is indented more than ${quoted(owner.keyName!)} on line ${shown(owner.keyLine)}, so YAML reads it as part of that value`,
        expected: 'a key lined up with the keys of its mapping',
        hint: `${placeAt(owner, false, shown)}${orMoveLone(lines, levels, owner, indent, shown)}`,
      },
      previous.line,
      owner.column,
      indented(owner.column),
    );
  }
  if (!onError) return undefined;
  const between = top !== undefined && indent < top.column && at === undefined;
  const besideItemsOnly = !item && at !== undefined && at.keyLine === undefined && at.itemLine !== undefined;
  // An item where only keys stand, unless right under a key left empty for it (`key:` then
  // `- x` at the key's column is a list).
  const listUnderKey = previous !== undefined && previous.line === at?.keyLine && !previous.content.hasValue;
  const besideKeysOnly = item && at?.itemLine === undefined && at?.keyLine !== undefined && !listUnderKey;
  if (!between && !besideItemsOnly && !besideKeysOnly) return undefined;
  const options = candidates(levels, indent, item);
  if (options.length === 0) return undefined;
  const message = between
    ? `${what} is indented ${spaces(indent)}, which lines up with nothing above it`
    : besideItemsOnly
      ? `${what} lines up with the "-" of the list item on line ${shown(at!.itemLine!)}, where keys do not start`
      : `${what} lines up with ${quoted(at!.keyName!)} on line ${shown(at!.keyLine!)}, a key of a mapping, where list items do not start`;
  const lower = Math.min(...options.map((o) => o.column), indent);
  const lineUp = options.map((o) => placeAt(o, item, shown)).join('; or ');
  const expected = `the indentation of a block it belongs to: ${options.map((o) => spaces(o.column)).join(' or ')}`;
  // A key at a list's "-" whose next line is indented as an item's keys are: the "- " was left out.
  const next = besideItemsOnly ? nextContent(lines, line) : undefined;
  if (next?.key !== undefined && !next.item && next.indent === indent + ITEM_MARK.length) {
    const written = `${ITEM_MARK}${content.text}`;
    return found(
      'bad-indent',
      {
        message,
        expected: `a list item ("- " and then its first key), or ${expected}`,
        hint: `make it an item of that list: ${truncate(written, MAX_SHOWN_CHARS)}; or ${lineUp}`,
      },
      line,
      lower,
      `${' '.repeat(indent)}${written}`,
    );
  }
  return found(
    'bad-indent',
    {
      message,
      expected,
      hint:
        lineUp + (!item && options[0]!.column > indent ? orMoveLone(lines, levels, options[0]!, indent, shown) : ''),
    },
    line,
    lower,
    indented(options[0]!.column),
  );
}

/** The first line after `line` (1-based) with content, read. */
function nextContent(lines: readonly string[], line: number): ContentLine | undefined {
  for (let i = line; i < lines.length; i++) {
    const content = readContent(lines[i]!);
    if (content) return content;
  }
  return undefined;
}

/**
 * `text` with each finding's line written as its hint's first way out writes it: what the file
 * would be once those lines are fixed, to tell the errors they cause from the ones they do not.
 */
export function withFindingsFixed(text: string, findings: readonly IndentFinding[]): string {
  if (findings.length === 0) return text;
  const lines = text.split('\n');
  for (const { line, fixed } of findings) {
    const old = lines[line - 1]!;
    lines[line - 1] = old.endsWith('\r') ? `${fixed}\r` : fixed;
  }
  return lines.join('\n');
}
