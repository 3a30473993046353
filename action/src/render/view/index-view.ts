// The index of runbooks in one output directory: one row per plan, sorted by file name.
import type { CellMd } from '../../text/brands.ts';
import { cellCodeSpan } from '../../text/markdown-code.ts';
import { escapeMarkdownInline } from '../../text/markdown-inline.ts';
import { EMPTY_CELL, mentions, text } from './format.ts';
import type { IndexView } from './types.ts';

export interface IndexEntry {
  /** The runbook's file name, relative to the index. */
  fileName: string;
  name: string;
  title: string;
  owners: readonly string[];
  phases: number;
  /** Earliest finish of the last phase, e.g. "Mon 2026-11-02 09:00 UTC", if any. */
  finish: string | undefined;
  /** The plan file. */
  source: string;
}

function relativeLink(title: string, fileName: string): CellMd {
  // The file name is ours (a plan id plus an extension); it is a relative link, not a URL from a plan.
  const target = encodeURIComponent(fileName);
  return `[${escapeMarkdownInline(title, { linkText: true })}](${target})` as CellMd;
}

export function indexView(entries: readonly IndexEntry[], start: string): IndexView {
  const sorted = [...entries].sort((a, b) => (a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : 0));
  return {
    generated: { start: text(start) },
    runbooks: sorted.map((entry) => ({
      link: relativeLink(entry.title, entry.fileName),
      name: cellCodeSpan(entry.name),
      owners: mentions(entry.owners),
      phases: entry.phases,
      finish: entry.finish === undefined ? EMPTY_CELL : text(entry.finish),
      source: cellCodeSpan(entry.source),
    })),
  };
}
