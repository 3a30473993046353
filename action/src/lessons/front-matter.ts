// Splits a lesson file into its YAML front matter and its Markdown story. Line numbers are
// kept so diagnostics found in the YAML can point into the .md file: the opening `---` is
// line 1, so the YAML starts on line 2.
import type { Diagnostic } from '../diagnostics/diagnostic.ts';

const OPENING_FENCE = /^---[ \t]*$/;
/** YAML's document end marker `...` closes front matter too, as in Jekyll and Hugo. */
const CLOSING_FENCE = /^(---|\.\.\.)[ \t]*$/;

export interface FrontMatter {
  /** The YAML between the fences, lines joined with `\n`. */
  yaml: string;
  /** 1-based line of the file on which the YAML starts. */
  yamlLine: number;
  /** The Markdown after the closing fence. */
  body: string;
  /** 1-based line of the file on which the body starts. */
  bodyLine: number;
}

export type FrontMatterResult = { frontMatter: FrontMatter } | { problem: Diagnostic };

export function splitFrontMatter(text: string, file: string): FrontMatterResult {
  const lines = text.split(/\r?\n/);
  if (!OPENING_FENCE.test(lines[0] ?? '')) {
    return {
      problem: {
        file,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: Math.max(2, (lines[0]?.length ?? 0) + 1),
        severity: 'error',
        code: 'lesson/front-matter',
        message: 'a lesson starts with YAML front matter, and this file does not',
        expected: 'a first line of exactly `---`, then the YAML (id, title, …), then a closing `---`',
        hint: 'run `rollbook lesson new` to scaffold one',
      },
    };
  }
  const closing = lines.findIndex((line, index) => index > 0 && CLOSING_FENCE.test(line));
  if (closing < 0) {
    return {
      problem: {
        file,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 4,
        severity: 'error',
        code: 'lesson/front-matter',
        message: 'the front matter opened here is never closed',
        expected: 'a line of exactly `---` after the YAML',
        hint: 'add `---` on its own line between the YAML and the story',
      },
    };
  }
  return {
    frontMatter: {
      yaml: lines.slice(1, closing).join('\n'),
      yamlLine: 2,
      body: lines.slice(closing + 1).join('\n'),
      bodyLine: closing + 2,
    },
  };
}

/** Moves a diagnostic found in the front matter YAML to its line in the whole file. */
export function shiftLines(diagnostic: Diagnostic, yamlLine: number): Diagnostic {
  const by = yamlLine - 1;
  return { ...diagnostic, line: diagnostic.line + by, endLine: diagnostic.endLine + by };
}
