// The hint of a YAML syntax error: what to change, in the words of the mistake a person made,
// where the library's code and message describe what its parser tripped on. By the code; where
// one code covers several mistakes, by the message's words; where the line shows the mistake
// (a colon without its space, ": " inside a value, a value starting with a character YAML
// reserves), with the line written the way it should be. Linear in the line; never more than
// MAX_SHOWN_CHARS of it quoted.
import { truncate } from '../text/truncate.ts';
import { doubleQuoted } from './comment-cut.ts';

/** Characters of a key quoted in a message, the ellipsis included. */
const MAX_QUOTED_KEY_CHARS = 41;
/** Characters of a value or line shown back in a hint, the ellipsis included. */
export const MAX_SHOWN_CHARS = 81;

/** A key as the words about it quote it: `"key"`, shortened. */
export const quotedKey = (key: string): string => `"${truncate(key, MAX_QUOTED_KEY_CHARS)}"`;

/** A value shown as the double-quoted YAML string it should be, shortened before it is escaped. */
const shownQuoted = (text: string): string => doubleQuoted(truncate(text, MAX_SHOWN_CHARS));

const CODE_HINTS: Record<string, string> = {
  DUPLICATE_KEY: 'each key may appear once per mapping; merge the two entries',
  NON_STRING_KEY:
    'write the key as plain text; if its brackets or braces are part of its name, quote it: "[a, b]": value',
  TAB_AS_INDENT: 'YAML indents with spaces only; replace the tab',
  BAD_INDENT: 'check that this line lines up with its siblings',
  MISSING_CHAR: 'a quote or bracket is not closed',
  BLOCK_AS_IMPLICIT_KEY: 'a key is missing its colon, or a value is indented too far',
  MULTILINE_IMPLICIT_KEY: 'a key must be on one line; did you forget a colon on the line before?',
  UNEXPECTED_TOKEN: 'quote values that contain characters such as `:`, `#`, `{` or `[`',
  BAD_SCALAR_START: 'quote the value: YAML does not let an unquoted value start with this character',
  ALIAS_PROPS: 'an alias cannot carry a tag or an anchor',
  BAD_ALIAS: 'YAML reads a value that starts with "*" as an alias of an anchor ("&name"); if it is text, quote it',
  RESOURCE_EXHAUSTION: 'the document uses too many aliases; write the values out, or share them in fewer places',
  MULTIPLE_DOCS:
    'a line of "---" starts another document; remove it, and move what follows to a file of its own if it is another plan',
};

/** What a YAML error of `code` expected, where "valid YAML" says too little. */
const CODE_EXPECTED: Record<string, string> = {
  MULTIPLE_DOCS: 'one YAML document per file',
};

export function codeExpected(code: string): string {
  return CODE_EXPECTED[code] ?? 'valid YAML';
}

/** The hint for each of the library's messages under a code that covers several mistakes; the first that matches. */
const MESSAGE_HINTS: [code: string, words: RegExp, hint: string][] = [
  ['MISSING_CHAR', /closing .?quote/i, 'the quote is not closed; close it, or drop the opening one'],
  [
    'MISSING_CHAR',
    /without - indicator/i,
    'each item of a list starts with "- "; if this line is not an item, line it up with the keys above it',
  ],
  [
    'MISSING_CHAR',
    /implicit map keys need to be followed by map values/i,
    'put a colon after the key ("key: value"); if the line goes on from the one above, indent it further',
  ],
  ['MISSING_CHAR', /comments must be separated/i, 'put a space before "#", or quote the value that contains it'],
  ['MISSING_CHAR', /tags and anchors must be separated/i, 'put a space after the tag or anchor'],
  [
    'BAD_INDENT',
    /flow (sequence|map).*end with/i,
    'a bracket is not closed: end the list with "]", a mapping with "}"',
  ],
];

/** Codes the parser gives when a line's key and value run together or its value holds ": ". */
const KEY_VALUE_CODES = new Set(['MULTILINE_IMPLICIT_KEY', 'BLOCK_AS_IMPLICIT_KEY', 'MISSING_CHAR']);

/** `  - key: value` split at its first colon: the part before it (with any "- "), and what follows. */
function splitAtColon(line: string): { head: string; key: string; after: string } | undefined {
  const colon = line.indexOf(':');
  if (colon < 0) return undefined;
  const head = line.slice(0, colon);
  const key = head.trimStart().replace(/^- +/, '');
  // A key of one word: not quoted, no flow, no comment before the colon.
  if (key === '' || /[\s"'#[\]{},]/.test(key)) return undefined;
  return { head, key, after: line.slice(colon + 1) };
}

/**
 * `title = Demo` (or `- id = x`): a key and its value joined by "=", as INI and TOML files write
 * them. The key is one word. Linear: next to each other, the classes share no character.
 */
const EQUALS_PAIR = /^(\s*(?:- +)?)([\w.-]+) *=(.*)$/;

/** What a line writes before its value (`do: `, `- do: `, `- `) and the value, without a comment. */
function writtenValue(line: string): { lead: string; value: string } | undefined {
  const split = splitAtColon(line);
  const trimmed = line.trimStart();
  const [lead, rest] = split
    ? [`${split.head.trimStart()}: `, split.after]
    : trimmed.startsWith('- ')
      ? ['- ', trimmed.slice(2)]
      : [undefined, ''];
  if (lead === undefined) return undefined;
  const comment = rest.search(/\s#/);
  return { lead, value: (comment >= 0 ? rest.slice(0, comment) : rest).trim() };
}

/** A block scalar's indicator (`|`, `>-`, `|2`) with text after it on its own line. */
const BLOCK_INDICATOR_WITH_TEXT = /^([|>][-+0-9]*)[ \t]+[^\s#]/;

/** The hint the line itself shows, if it shows one. `column` is the error's, 1-based. */
function hintFromLine(code: string, message: string, line: string, column: number): string | undefined {
  if (code === 'BAD_ALIAS' || code === 'UNEXPECTED_TOKEN') {
    const written = writtenValue(line);
    // `do: *Deploy* the old version`: Markdown emphasis, which YAML reads as an alias.
    if (written?.value.startsWith('*')) {
      return `${codeHint('BAD_ALIAS')}: ${truncate(written.lead, MAX_SHOWN_CHARS)}${shownQuoted(written.value)}`;
    }
    const indicator = written && BLOCK_INDICATOR_WITH_TEXT.exec(written.value)?.[1];
    if (indicator) {
      return `the text of a block scalar starts on the line after "${indicator}", indented further than its key; or drop "${indicator}" to keep the text on this line`;
    }
  }
  if (code === 'BAD_SCALAR_START') {
    const start = column - 1;
    // The value up to where a flow collection would end it, or the line's end or comment.
    const inFlow = /[[{,]\s*$/.test(line.slice(0, start));
    const rest = line.slice(start);
    const end = inFlow ? rest.search(/[,\]}]/) : rest.search(/\s#/);
    const value = (end < 0 ? rest : rest.slice(0, end)).trim();
    const reserved = /character (\S+)/.exec(message)?.[1] ?? value[0];
    return `quote the value, as ${shownQuoted(value)}: YAML does not let an unquoted value start with "${reserved}"`;
  }
  if (!KEY_VALUE_CODES.has(code)) return undefined;
  const equals = EQUALS_PAIR.exec(line);
  // A value holding ": " is a key of its own to YAML: that line has another mistake too.
  if (equals && !/:(\s|$)/.test(equals[3]!)) {
    const [, lead, key, value] = equals as unknown as [string, string, string, string];
    const written = truncate(`${lead.trimStart()}${key}: ${value.trim()}`, MAX_SHOWN_CHARS);
    return `YAML puts a colon between a key and its value, not "=": ${written}`;
  }
  const split = splitAtColon(line);
  if (!split) return undefined;
  const { head, key, after } = split;
  // `bake:24h`: no space after the colon, so YAML reads the line as one word. (Not a URL's `://`.)
  if (after !== '' && !/^\s/.test(after) && !after.startsWith('//')) {
    return `put a space after the colon: ${truncate(`${key}: ${after.trim()}`, MAX_SHOWN_CHARS)}`;
  }
  // `do: Turn it on: staging first`: the ": " inside the value reads as another key.
  const value = after.trim();
  if (column > head.length + 1 && /:(\s|$)/.test(value) && !/^["'[{|>]/.test(value)) {
    return `the value has ": " in it, which YAML reads as another key; quote the whole value: ${key}: ${shownQuoted(value)}`;
  }
  return undefined;
}

/** The hint for a YAML error code, whatever its message and line. */
export function codeHint(code: string): string {
  return CODE_HINTS[code] ?? 'check the YAML syntax around this position';
}

/** The hint for a YAML error of `code` with `message`, reported on `line` at `column` (1-based). */
export function yamlHint(code: string, message: string, line: string, column: number): string {
  return (
    hintFromLine(code, message, line, column) ??
    MESSAGE_HINTS.find(([c, words]) => c === code && words.test(message))?.[2] ??
    codeHint(code)
  );
}
