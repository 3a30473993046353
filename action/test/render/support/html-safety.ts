// What "no live script" means for a rendered page, checked on the sanitized HTML itself.
const ALLOWED_BODY_TAGS = new Set([
  'main',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'br',
  'hr',
  'ul',
  'ol',
  'li',
  'blockquote',
  'pre',
  'code',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'a',
  'strong',
  'em',
  'del',
  'input',
]);
const SCHEME = /^\s*[a-z][a-z0-9+.-]*:/i;

/** Problems that would let a page run code or load content; empty when the page is safe. */
export function htmlSafetyProblems(page: string): string[] {
  const problems: string[] = [];
  const start = page.indexOf('<main>');
  const end = page.indexOf('</main>');
  if (start < 0 || end < 0) return ['no <main> element'];
  const body = page.slice(start, end);
  for (const [, tag] of body.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)/g)) {
    if (!ALLOWED_BODY_TAGS.has(tag!.toLowerCase())) problems.push(`tag <${tag}>`);
  }
  for (const [tag] of body.matchAll(/<[a-zA-Z][^>]*>/g)) {
    for (const [, name] of tag.matchAll(/\s([^\s=/>]+)(?==|\s|\/?>)/g)) {
      if (/^on/i.test(name!) || /^(style|src|srcdoc|formaction)$/i.test(name!))
        problems.push(`attribute ${name} in ${tag}`);
    }
    if (/^<input/i.test(tag) && !/type="checkbox"/.test(tag)) problems.push(`input that is not a checkbox: ${tag}`);
    // Only inside a tag: escaped text such as `&lt;a href="javascript:…"&gt;` is inert.
    for (const [, href] of tag.matchAll(/\shref="([^"]*)"/g)) {
      if (SCHEME.test(href!) && !/^https?:\/\//i.test(href!)) problems.push(`href ${href}`);
      if (/^\s*\/\//.test(href!)) problems.push(`protocol-relative href ${href}`);
    }
  }
  if (body.includes('<!--')) problems.push('an HTML comment in the body');
  return problems;
}
