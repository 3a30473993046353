// Text inside a quoted Mermaid flowchart label. Mermaid reads `"`, `;`, `%%`, brackets, HTML and
// markdown strings in labels; its entity codes (`#35;` for `#`) show any character as text.
// Everything but letters, digits, spaces, `,` and `.` is written as an entity code, which also
// keeps backticks (that could close the code fence) and `{{` out of the Markdown file.
import type { MermaidText } from './brands.ts';
import { singleLine } from './normalize.ts';

const MERMAID_PLAIN = /[\p{L}\p{N} ,.]/u;

export function escapeMermaidLabel(text: string): MermaidText {
  let out = '';
  for (const char of singleLine(text)) {
    out += MERMAID_PLAIN.test(char) ? char : `#${char.codePointAt(0)};`;
  }
  return out as MermaidText;
}
