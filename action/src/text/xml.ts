// Text and attribute values in markup built as strings (the inline SVG drawings, the Atom feeds):
// the five characters XML and HTML read as markup. Templates (Astro, Handlebars) escape on their
// own. xmlText also drops what XML 1.0 cannot carry at all (controls, lone surrogates, U+FFFE/F).
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Characters outside XML 1.0's Char production (§2.2), whole code points (lone surrogates included). */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** User text as XML character data or an attribute value: escaped, and what XML cannot carry replaced by U+FFFD. */
export function xmlText(text: string): string {
  return escapeXml(text.replace(NOT_XML_CHAR, '\uFFFD'));
}
