// Content lines of an iCalendar file (RFC 5545 §3.1): each ends in CRLF, and a line longer than
// 75 octets is folded: broken before a character and continued on the next line after one
// space. A break never falls inside a UTF-8 sequence (nor between the halves of a surrogate
// pair), so every physical line is valid UTF-8. Pure, linear in the text.

/** The longest a physical line may be, in octets, without its CRLF. */
export const MAX_LINE_OCTETS = 75;

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/** One content line folded into physical lines, joined by CRLF with a space opening each continuation. */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  // `for…of` walks code points: a surrogate pair is one step and is never split.
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    if (octets + size > MAX_LINE_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

/** Content lines as the text of a file: each folded and ended by CRLF. */
export function icsLines(lines: readonly string[]): string {
  return lines.map((line) => `${foldIcsLine(line)}\r\n`).join('');
}
