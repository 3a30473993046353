// Diagnostics quote the user's file (code frames, values in messages, file names). Characters
// that change how the rest of a line is shown must not reach a terminal or an annotation as they
// are: terminal escapes (ESC and the other C0/C1 controls) and the invisible bidi and format
// characters of "Trojan source" (U+202E RIGHT-TO-LEFT OVERRIDE, isolates, zero-width joiners,
// the BOM). Each is shown as an escape instead: `\x1b`, `\u{202e}`. A printed field (message,
// expected, hint) is also cut to MAX_FIELD_CHARS: a name quoted from a plan can be 300 KB long.
import { truncate } from '../text/truncate.ts';

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const INVISIBLE = /[\u061c\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
const ANY =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

/** `text` with controls as `\xNN` and invisible bidi/format characters as `\u{NNNN}`; tab and newline kept. */
export function visible(text: string): string {
  if (!ANY.test(text)) return text;
  return text
    .replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
    .replace(INVISIBLE, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
}

/** Characters of a diagnostic's message, expected or hint as printed, the ellipsis included. */
export const MAX_FIELD_CHARS = 1000;

/** A diagnostic field as printed: visible, and at most MAX_FIELD_CHARS long. */
export function visibleField(text: string): string {
  return truncate(visible(text), MAX_FIELD_CHARS);
}
