// Text and attribute values in markup built as strings (the inline SVG drawings): the five
// characters XML and HTML read as markup. Templates (Astro, Handlebars) escape on their own.
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
