// Lines indented with tabs, read as the person most likely meant them. YAML refuses a tab in
// indentation, and after such a line the library's errors describe what its parser made of
// the rest ("implicit keys need to be on a single line", a key twice), none of which the person
// wrote. yaml-source.ts parses the text again with the tabs replaced, by each guess below, and
// keeps only the errors that remain (ADR 95). Pure; linear in the text.

/** What a tab in a line's indentation stood for. */
export type TabGuess =
  /** One level, written as two spaces: a file indented with tabs throughout. */
  | 'level'
  /** The indentation of the line above (one level deeper after a `key:` that opens a block): one tab among spaces. */
  | 'line-above';

export const TAB_GUESSES: readonly TabGuess[] = ['level', 'line-above'];

/** The 0-based indexes of the lines whose first character is a tab. */
export function linesStartingWithTab(text: string): number[] {
  return text.split('\n').flatMap((line, index) => (line.startsWith('\t') ? [index] : []));
}

/** Spaces one tab stands for under the `level` guess. */
const SPACES_PER_LEVEL = 2;
const LEADING_BLANKS = /^[ \t]*/;

/**
 * The text with the indentation of each line in `lines` (0-based indexes of tab-indented lines)
 * rewritten by `guess`. Line ends and every other line stay as they are, so positions outside
 * those lines' indentation do not move and line numbers match the original's.
 */
export function withTabsReplaced(text: string, lines: ReadonlySet<number>, guess: TabGuess): string {
  const out = text.split('\n');
  /** The indentation of the last line with content, as rewritten. */
  let above = '';
  let opensBlock = false;
  for (let i = 0; i < out.length; i++) {
    const line = out[i]!;
    const indent = LEADING_BLANKS.exec(line)![0];
    const body = line.slice(indent.length).trimEnd();
    let rewritten = indent;
    if (lines.has(i)) {
      rewritten =
        guess === 'level'
          ? indent.replaceAll('\t', ' '.repeat(SPACES_PER_LEVEL))
          : above + (opensBlock ? ' '.repeat(SPACES_PER_LEVEL) : '');
      out[i] = rewritten + line.slice(indent.length);
    }
    if (body === '' || body.startsWith('#')) continue;
    above = rewritten;
    opensBlock = body.endsWith(':');
  }
  return out.join('\n');
}
