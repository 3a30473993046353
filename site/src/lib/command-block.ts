// A one-line shell command as the same Expressive Code block Starlight's <Code lang="txt"
// frame="none" wrap> draws (with its copy button), built directly instead of through Expressive
// Code's plugin pipeline, which cost about a quarter of the site build's CPU at 1,000 plans
// (some 80 blocks a plan page; issue 15, ADR 55). The tree is built and serialized with
// Expressive Code's own hast helpers, so text and attributes are escaped exactly as it escapes them.
//
// It is checked, not trusted: the first plain command of every page still goes through
// Expressive Code (which also adds the page's one stylesheet link and script there), and
// CommandCheck.astro compares that block with this one. On any difference the build warns once
// and every later command goes through Expressive Code again: slower, never different.
import { h, toHtml } from '@astrojs/starlight/expressive-code/hast';

/**
 * The text colour of plain text in Starlight's two default themes (Night Owl dark and light), as
 * Expressive Code writes it on each line's span.
 */
export const PLAIN_TEXT_STYLE = '--0:#d6deeb;--1:#403f53';
export const COPY_BUTTON_TITLE = 'Copy to clipboard';
export const COPY_BUTTON_COPIED = 'Copied!';

/**
 * Commands this module draws: one line, no tab (Expressive Code widens them), no whitespace at
 * either end (it indents wrapped lines by their leading whitespace). Anything else goes through
 * Expressive Code.
 */
export function isPlainCommand(code: string): boolean {
  return code.length > 0 && !/[\n\r\t\u2028\u2029]/.test(code) && code.trim() === code;
}

/** The block as a hast tree: Expressive Code's markup for a one-line plain-text block. */
export function commandBlockTree(code: string, className?: string) {
  const classes = ['expressive-code', ...(className ? className.split(' ').filter(Boolean) : [])];
  return h('div', { className: classes }, [
    h('figure', { className: ['frame', 'not-content'] }, [
      h('figcaption', { className: ['header'] }),
      h('pre', { dataLanguage: 'txt', className: ['wrap'], style: `--ecMaxLine:${code.length}ch` }, [
        h('code', [
          h('div', { className: ['ec-line'] }, [
            h('div', { className: ['code'] }, [h('span', { style: PLAIN_TEXT_STYLE }, code)]),
          ]),
        ]),
      ]),
      h('div', { className: ['copy'] }, [
        h('div', { ariaLive: 'polite' }),
        h('button', { title: COPY_BUTTON_TITLE, dataCopied: COPY_BUTTON_COPIED, dataCode: code }, [h('div')]),
      ]),
    ]),
  ]);
}

/**
 * The tree's HTML around its three varying parts (width, text, copied code), by class list: the
 * tree serialized once with placeholders that need no escaping, then cut at them. Per command
 * only the text and the attribute are serialized, by the same serializer.
 */
const frames = new Map<string, string[]>();
const WIDTH = 'ROLLBOOKWIDTH';
const TEXT = 'ROLLBOOKTEXT';
const CODE = 'ROLLBOOKCODE';

function frameOf(className: string): string[] {
  let frame = frames.get(className);
  if (!frame) {
    const tree = commandBlockTree(TEXT, className);
    const pre = (tree.children[0] as typeof tree).children[1] as typeof tree;
    pre.properties.style = `--ecMaxLine:${WIDTH}ch`;
    const copy = (tree.children[0] as typeof tree).children[2] as typeof tree;
    (copy.children[1] as typeof tree).properties.dataCode = CODE;
    const html = toHtml(tree);
    frame = html.split(new RegExp(`${WIDTH}|${TEXT}|${CODE}`));
    if (frame.length !== 4) throw new Error('command-block.ts: the block template lost a placeholder');
    frames.set(className, frame);
  }
  return frame;
}

const ATTRIBUTE_OPEN = '<i data-code="';
const ATTRIBUTE_CLOSE = '"></i>';

/** The block's HTML; `className`: the classes Astro passes the component (its parent's scope). */
export function commandBlockHtml(code: string, className = ''): string {
  const [head = '', beforeText = '', beforeCode = '', tail = ''] = frameOf(className);
  const text = toHtml({ type: 'text', value: code });
  const attribute = toHtml(h('i', { dataCode: code })).slice(ATTRIBUTE_OPEN.length, -ATTRIBUTE_CLOSE.length);
  return `${head}${code.length}${beforeText}${text}${beforeCode}${attribute}${tail}`;
}

/**
 * Expressive Code's block without what it adds to the first block of a page only (the
 * stylesheet link, inline styles and script module), for comparing with commandBlockHtml.
 */
export function withoutPageAssets(html: string): string {
  return html.replace(/^(<div class="[^"]*">)(?:<link [^>]*>|<style>[^<]*<\/style>|<script [^>]*><\/script>)*/, '$1');
}

/** How the build's warning starts when a built block differs from Expressive Code's. */
export const TEMPLATE_MISMATCH = '[rollbook] Command blocks:';

/** Whether commandBlockHtml may be used: it matched Expressive Code wherever it was compared. */
const state = { matches: true, warned: false };

export function templateMatches(): boolean {
  return state.matches;
}

/**
 * Compares Expressive Code's block for `code` with commandBlockHtml's. On a difference, later
 * commands go through Expressive Code, and the returned message (once per build) says why.
 */
export function checkTemplate(expressiveCodeHtml: string, code: string, className?: string): string | undefined {
  const expected = commandBlockHtml(code, className);
  if (withoutPageAssets(expressiveCodeHtml) === expected) return undefined;
  state.matches = false;
  if (state.warned) return undefined;
  state.warned = true;
  return `${TEMPLATE_MISMATCH} Expressive Code drew a command differently from site/src/lib/command-block.ts, so every command now goes through Expressive Code (slower, same pages). Update command-block.ts.\n  Expressive Code: ${withoutPageAssets(expressiveCodeHtml)}\n  command-block.ts: ${expected}`;
}

/** The pages that already had their checked first command, by request. */
const checkedPages = new WeakSet<object>();

/** True the first time it is asked for a page: that command goes through Expressive Code and is compared. */
export function firstCommandOf(request: object): boolean {
  if (checkedPages.has(request)) return false;
  checkedPages.add(request);
  return true;
}
