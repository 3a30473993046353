// Assembling the managed region: begin marker, content, state block, end marker. The state's
// line fingerprints are computed here, over exactly the lines Rollbook wrote, so the next parse
// can tell them from lines people add.
import { beginMarker, END_MARKER, type IssueKey, splitItemMarker, stateMarker } from '../text/markers.ts';
import { fingerprintLines, normalizeLine } from './fingerprint.ts';
import { type ChecklistState, encodeState } from './state-block.ts';

export interface ContentLine {
  text: string;
  /** Written by a person: kept, but not fingerprinted as Rollbook's. */
  note?: boolean;
}

/** Runs of blank lines as one, none at the start or end. Notes' own text is otherwise untouched. */
export function tidyLines<T extends { text: string }>(lines: readonly T[]): T[] {
  const out: T[] = [];
  for (const line of lines) {
    const blank = normalizeLine(line.text) === '';
    if (blank && (out.length === 0 || normalizeLine(out.at(-1)!.text) === '')) continue;
    out.push(line);
  }
  while (out.length > 0 && normalizeLine(out.at(-1)!.text) === '') out.pop();
  return out;
}

/** The region's text (no final line break), with `state.lines` set from `content`. */
export function assembleRegion(key: IssueKey, content: readonly ContentLine[], state: ChecklistState): string {
  const lines = tidyLines(content);
  const generated = lines.filter((l) => !l.note && !splitItemMarker(normalizeLine(l.text))).map((l) => l.text);
  const withLines: ChecklistState = { ...state, lines: fingerprintLines(generated) };
  return [beginMarker(key), ...lines.map((l) => l.text), '', stateMarker(encodeState(withLines)), END_MARKER].join(
    '\n',
  );
}
