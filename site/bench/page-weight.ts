// Bytes of JavaScript and CSS a page makes the browser load up front: the files it links, the
// modules those import statically (each file counted once per page), and inline <script> and
// <style>. Dynamic import() is left out: Pagefind's UI and index load only when search opens.
import { readFile, stat } from 'node:fs/promises';
import { join, posix } from 'node:path';

export interface PageWeight {
  js: number;
  css: number;
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

export async function pageWeight(outDir: string, base: string, htmlFile: string): Promise<PageWeight> {
  const html = await readFile(htmlFile, 'utf8');
  const fileOf = (href: string) => join(outDir, href.slice(base.length - 1));
  const size = async (href: string) => (await stat(fileOf(href))).size;
  let js = 0;
  let css = 0;
  const seen = new Set<string>();
  const addModule = async (href: string): Promise<void> => {
    if (seen.has(href)) return;
    seen.add(href);
    const code = await readFile(fileOf(href), 'utf8');
    js += Buffer.byteLength(code);
    for (const spec of staticImports(code)) {
      if (spec.startsWith('.')) await addModule(posix.join(posix.dirname(href), spec));
      else if (spec.startsWith('/')) await addModule(spec);
    }
  };
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = attr(m[1]!, 'src');
    if (src) await addModule(src);
    else if (!/type="application\/(ld\+)?json"/.test(m[1]!)) {
      js += Buffer.byteLength(m[2]!);
      for (const spec of staticImports(m[2]!)) if (spec.startsWith('/')) await addModule(spec);
    }
  }
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    const href = attr(m[0], 'href');
    if (attr(m[0], 'rel') === 'stylesheet' && href && !seen.has(href) && !/media="print"/.test(m[0])) {
      seen.add(href);
      css += await size(href);
    }
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) css += Buffer.byteLength(m[1]!);
  return { js, css };
}

/** Specifiers of static `import … from "x"`, `import "x"` and `export … from "x"` (minified or not). */
export function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]*?\s*from\s*)?["']([^"']+)["']/g)].map(
    (m) => m[1]!,
  );
}
