// The h2 headings of sanitized HTML (a lesson story), for the page's table of contents. The
// sanitizer leaves only plain markup, so a pattern is enough; text is decoded back to raw text
// because Starlight escapes it again. Also the plain text of any escaped heading (AnchorHeading's
// accessible name).
const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

export function h2Headings(html: string): { depth: number; slug: string; text: string }[] {
  return [...html.matchAll(/<h2 id="([^"]+)">([\s\S]*?)<\/h2>/g)].map((m) => ({
    depth: 2,
    slug: m[1]!.replace(/&([a-z0-9#]+);/g, (e, name: string) => ENTITY[name] ?? e),
    text: htmlText(m[2]!),
  }));
}

/** The plain text of escaped HTML (Astro's or the sanitizer's): tags dropped, entities decoded. */
export function htmlText(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&([a-z0-9#]+);/g, (e, name: string) => ENTITY[name] ?? e);
}
