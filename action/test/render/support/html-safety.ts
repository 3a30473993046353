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
/** The phase flow drawing (render/html/flow-svg.ts), which is built, not sanitized: only these tags. */
const FLOW_TAGS = new Set(['figure', 'svg', 'title', 'desc', 'style', 'defs', 'marker', 'path', 'rect', 'text', 'a']);
const FLOW_FIGURE = /<figure class="flow-figure">[\s\S]*?<\/figure>/g;

/** Problems in the phase flow drawing: a tag, attribute, link or style it never has. */
function flowProblems(figure: string): string[] {
  const problems: string[] = [];
  for (const [, tag] of figure.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)/g)) {
    if (!FLOW_TAGS.has(tag!)) problems.push(`tag <${tag}> in the flow drawing`);
  }
  for (const [tag] of figure.matchAll(/<[a-zA-Z][^>]*>/g)) {
    // Attribute by attribute, each with its quoted value, so text inside a value is never read as one.
    for (const [, name] of tag.matchAll(/\s([^\s=/>"]+)(?:="[^"]*")?/g)) {
      if (/^on/i.test(name!) || /^(style|src|srcdoc|formaction|xlink:href)$/i.test(name!))
        problems.push(`attribute ${name} in the flow drawing: ${tag}`);
    }
    for (const [, href] of tag.matchAll(/\shref="([^"]*)"/g)) {
      if (!href!.startsWith('#')) problems.push(`flow link ${href} that leaves the page`);
    }
  }
  for (const [, css] of figure.matchAll(/<style>([\s\S]*?)<\/style>/g)) {
    if (/@import|url\(|expression|[<>]/i.test(css!))
      problems.push('a style in the flow drawing that loads or runs something');
  }
  return problems;
}

/** Problems that would let a page run code or load content; empty when the page is safe. */
export function htmlSafetyProblems(page: string): string[] {
  const problems: string[] = [];
  const start = page.indexOf('<main>');
  const end = page.indexOf('</main>');
  if (start < 0 || end < 0) return ['no <main> element'];
  const figures = [...page.slice(start, end).matchAll(FLOW_FIGURE)].map((m) => m[0]);
  if (figures.length > 1) problems.push('more than one flow drawing');
  for (const figure of figures) problems.push(...flowProblems(figure));
  const body = page.slice(start, end).replace(FLOW_FIGURE, '');
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
