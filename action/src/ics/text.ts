// TEXT property values of an iCalendar file (RFC 5545 §3.3.11): a backslash, semicolon and comma
// are escaped with a backslash and a line break becomes `\n`, so plan text can never end a
// property or start another. Other control characters are not allowed in TEXT and are dropped
// (a tab is allowed and kept). Pure, linear in the text.

const ESCAPES: Record<string, string> = { '\\': '\\\\', ';': '\\;', ',': '\\,' };

export function escapeIcsText(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, '\n')
    .replace(/[\\;,\n]|[\u0000-\u0008\u000B-\u001F\u007F]/g, (c) => (c === '\n' ? '\\n' : (ESCAPES[c] ?? '')));
}
