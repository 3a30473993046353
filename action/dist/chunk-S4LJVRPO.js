import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);

// action/src/text/wrap.ts
var MIN_COLUMN_WIDTH = 8;
var COLUMN_GAP = "  ";
function wrapText(text, maxChars) {
  const width = Math.max(1, maxChars);
  const lines = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let start = 0;
    while (word.length - start > width) {
      if (line) lines.push(line);
      lines.push(word.slice(start, start + width));
      start += width;
      line = "";
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
  return lines.length > 0 ? lines : [""];
}
function wrapLine(line, width) {
  if ([...line].length <= width) return [line];
  const indent = /^ */.exec(line)[0];
  const hanging = `${indent}  `;
  const [first = "", ...rest] = wrapText(line.slice(indent.length), width - indent.length);
  const continued = rest.join(" ");
  return [
    `${indent}${first}`,
    ...continued ? wrapText(continued, width - hanging.length).map((l) => hanging + l) : []
  ];
}
function columnCap(widths, budget) {
  const fits = (cap) => widths.reduce((sum, w) => sum + Math.min(w, cap), 0) + COLUMN_GAP.length * (widths.length - 1) <= budget;
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
function alignTable(rows, width) {
  if (rows.length === 0) return [];
  const count = Math.max(...rows.map((r) => r.length));
  const natural = Array.from({ length: count }, (_, i) => Math.max(...rows.map((r) => [...r[i] ?? ""].length)));
  const cap = columnCap(natural, width);
  const widths = natural.map((w) => Math.min(w, cap));
  const lines = [];
  for (const row of rows) {
    const cells = widths.map((w, i) => wrapText(row[i] ?? "", w));
    const height = Math.max(...cells.map((c) => c.length));
    for (let line = 0; line < height; line++) {
      const parts = cells.map((c, i) => {
        const text = c[line] ?? "";
        return i === count - 1 ? text : text + " ".repeat(widths[i] - [...text].length);
      });
      lines.push(parts.join(COLUMN_GAP).trimEnd());
    }
  }
  return lines;
}

// action/src/text/why-label.ts
var SHORT_COMMIT = 12;
function describeOrigin(source) {
  return `${source.repository} at ${source.ref}, commit ${source.commit.slice(0, SHORT_COMMIT)}`;
}
function whyLabel(why) {
  const label = `${why.lessonId} \u2014 ${why.title}`;
  return why.source ? `${label} (${describeOrigin(why.source)})` : label;
}

export {
  wrapText,
  wrapLine,
  alignTable,
  whyLabel
};
