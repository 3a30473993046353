// Plain text wrapped to a width: greedy word wrap for SVG text (which has no wrapping of its
// own) and for the terminal report, lines with a hanging indent, and tables whose columns share
// a bounded width. Words longer than a line are split, so no text is ever cut off. Linear in the
// input.

/** Columns a table cell keeps at least when the table is narrowed to fit. */
export const MIN_COLUMN_WIDTH = 8;
/** Spaces between table columns. */
const COLUMN_GAP = '  ';

/** `text` in lines of at most `maxChars`, broken at whitespace (runs of it collapse to one space). */
export function wrapText(text: string, maxChars: number): string[] {
  const width = Math.max(1, maxChars);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let start = 0;
    // A word longer than a line, in pieces (sliced by index: a huge word stays linear).
    while (word.length - start > width) {
      if (line) lines.push(line);
      lines.push(word.slice(start, start + width));
      start += width;
      line = '';
    }
    const rest = start === 0 ? word : word.slice(start);
    if (!line) line = rest;
    else if (line.length + 1 + rest.length <= width) line = `${line} ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [''];
}

/**
 * A line of at most `width` code points stays as it is; a longer one wraps, its continuation
 * lines indented two spaces past the line's own indent.
 */
export function wrapLine(line: string, width: number): string[] {
  if ([...line].length <= width) return [line];
  const indent = /^ */.exec(line)![0];
  const hanging = `${indent}  `;
  const [first = '', ...rest] = wrapText(line.slice(indent.length), width - indent.length);
  const continued = rest.join(' ');
  return [
    `${indent}${first}`,
    ...(continued ? wrapText(continued, width - hanging.length).map((l) => hanging + l) : []),
  ];
}

/** The largest cap on column widths that lets the columns and gaps fit `budget`, never below MIN_COLUMN_WIDTH. */
function columnCap(widths: readonly number[], budget: number): number {
  const fits = (cap: number) =>
    widths.reduce((sum, w) => sum + Math.min(w, cap), 0) + COLUMN_GAP.length * (widths.length - 1) <= budget;
  let low = MIN_COLUMN_WIDTH;
  let high = Math.max(low, ...widths);
  if (fits(high)) return high;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(mid)) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * Rows as aligned lines of at most `width` code points (unless even MIN_COLUMN_WIDTH columns
 * do not fit): each column as wide as its widest cell, the widest columns narrowed until the
 * table fits, and a cell too long for its column wrapped onto further lines of its row.
 */
export function alignTable(rows: readonly (readonly string[])[], width: number): string[] {
  if (rows.length === 0) return [];
  const count = Math.max(...rows.map((r) => r.length));
  const natural = Array.from({ length: count }, (_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
  const cap = columnCap(natural, width);
  const widths = natural.map((w) => Math.min(w, cap));
  const lines: string[] = [];
  for (const row of rows) {
    const cells = widths.map((w, i) => wrapText(row[i] ?? '', w));
    const height = Math.max(...cells.map((c) => c.length));
    for (let line = 0; line < height; line++) {
      const parts = cells.map((c, i) => {
        const text = c[line] ?? '';
        return i === count - 1 ? text : text + ' '.repeat(widths[i]! - [...text].length);
      });
      lines.push(parts.join(COLUMN_GAP).trimEnd());
    }
  }
  return lines;
}
