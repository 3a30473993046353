// Independent position arithmetic for assertions: where does `needle` start in `text`?
export function positionOf(
  text: string,
  needle: string,
  occurrence = 1,
  offsetInNeedle = 0,
): { line: number; column: number } {
  let index = -1;
  for (let i = 0; i < occurrence; i++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`"${needle}" occurs fewer than ${occurrence} times`);
  }
  index += offsetInNeedle;
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  const column = index - before.lastIndexOf('\n');
  return { line, column };
}

export function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0) throw new Error(`fixture does not contain "${from}"`);
  if (text.indexOf(from, at + 1) >= 0) throw new Error(`fixture contains "${from}" more than once`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}
