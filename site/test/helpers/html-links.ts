// A small crawler over the built HTML: every internal href/src must name a file in the build,
// and every #fragment must name an id on the target page.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

export async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

/** href and src attribute values, entity-decoded. Astro always quotes attributes with ". */
export function linksIn(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => decode(m[1]!));
}

export function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => decode(m[1]!)));
}

export interface BrokenLink {
  page: string;
  link: string;
  reason: string;
}

/** The file a site path maps to, as a static host would serve it. */
function fileForPath(outDir: string, files: Set<string>, path: string): string | undefined {
  const candidates = path.endsWith('/') ? [`${path}index.html`] : [path, `${path}/index.html`];
  return candidates.map((c) => join(outDir, decodeURIComponent(c))).find((f) => files.has(f));
}

export async function findBrokenLinks(
  outDir: string,
  base: string,
): Promise<{ checked: number; broken: BrokenLink[] }> {
  const all = new Set(
    (await readdir(outDir, { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name)),
  );
  const pages = await htmlFiles(outDir);
  const idCache = new Map<string, Set<string>>();
  const idsOf = async (file: string) => {
    if (!idCache.has(file)) idCache.set(file, idsIn(await readFile(file, 'utf8')));
    return idCache.get(file)!;
  };
  const broken: BrokenLink[] = [];
  let checked = 0;
  for (const page of pages) {
    const html = await readFile(page, 'utf8');
    const pagePath = `${base}${relative(outDir, page).split(sep).join('/')}`.replace(/index\.html$/, '');
    for (const link of linksIn(html)) {
      const isFragment = link.startsWith('#');
      if (!isFragment && !link.startsWith(base)) continue;
      checked++;
      const url = new URL(link, `http://site${pagePath}`);
      const file = fileForPath(outDir, all, url.pathname.slice(base.length - 1));
      if (!file) {
        broken.push({ page: relative(outDir, page), link, reason: 'no such file' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && file.endsWith('.html') && !(await idsOf(file)).has(fragment)) {
        broken.push({ page: relative(outDir, page), link, reason: `no element with id "${fragment}"` });
      }
    }
  }
  return { checked, broken };
}
