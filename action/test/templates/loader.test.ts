// The one template loader and Handlebars environment, as every template set uses them: overrides
// by file name (`<dir>/<kind>/` before `<dir>/`), extra partials, CRLF line endings, and errors
// that name the file, line and column.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileTemplateSet, TemplateError } from '../../src/templates/compile.ts';
import { loadTemplateSources } from '../../src/templates/files.ts';
import type { TemplateSetSpec } from '../../src/templates/sources.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A directory holding `files` (relative path → text). */
function directory(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'rollbook-loader-'));
  dirs.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const builtin = () => directory({ 'main.md.hbs': 'main: {{> part}}', 'partials/part.hbs': 'built-in part {{name}}' });

const spec = (extraPartialsInRoot: boolean): TemplateSetSpec<'main'> => ({
  kind: 'demo',
  files: { main: 'main.md.hbs' },
  extraPartialsInRoot,
});

async function render(overrides: Record<string, string>, extraPartialsInRoot = true, builtinDir = builtin()) {
  const overrideDir = directory(overrides);
  const sources = await loadTemplateSources(spec(extraPartialsInRoot), { builtinDir, overrideDir, cwd: overrideDir });
  return compileTemplateSet(sources).main({ name: 'x' });
}

describe('template loader', () => {
  it('uses the built-in templates when nothing overrides them', async () => {
    expect(await render({})).toBe('main: built-in part x');
  });

  it('takes <dir>/<kind>/ over <dir>/, and either over the built-in file', async () => {
    expect(await render({ 'partials/part.hbs': 'flat' })).toBe('main: flat');
    expect(await render({ 'partials/part.hbs': 'flat', 'demo/partials/part.hbs': 'nested' })).toBe('main: nested');
  });

  it('adds partials of an override from <dir>/<kind>/ always, from <dir>/ only when the set allows it', async () => {
    const overrides = { 'main.md.hbs': '{{> extra}}', 'partials/extra.hbs': 'extra' };
    expect(await render(overrides, true)).toBe('extra');
    await expect(render(overrides, false)).rejects.toThrow(/extra/);
    expect(await render({ 'main.md.hbs': '{{> extra}}', 'demo/partials/extra.hbs': 'nested extra' }, false)).toBe(
      'nested extra',
    );
  });

  it('reads CRLF files as LF', async () => {
    expect(await render({ 'main.md.hbs': 'a\r\nb\r\n' })).toBe('a\nb\n');
  });

  it('names the file, line and column of a syntax error, and of a strict-mode miss', async () => {
    const syntax = await render({ 'main.md.hbs': 'ok\n{{#if x}}' }).catch((error: unknown) => error);
    expect(syntax).toBeInstanceOf(TemplateError);
    expect((syntax as TemplateError).message).toBe(
      'main.md.hbs:2: the template ends inside a block; each {{#…}} needs its {{/…}}',
    );
    const tag = await render({ 'main.md.hbs': '{{ }}' }).catch((error: unknown) => error);
    expect((tag as TemplateError).message).toBe(
      'main.md.hbs:1: unexpected CLOSE token; check the {{…}} tags on this line',
    );
    const miss = await render({ 'main.md.hbs': '\n\n{{nmae}}' }).catch((error: unknown) => error);
    expect((miss as TemplateError).message).toMatch(/^main\.md\.hbs:3:\d+: "nmae" is not defined/);
  });

  it('names the file, line and column of a call of a partial the set does not have, when it compiles', async () => {
    const error = async (overrides: Record<string, string>) =>
      (await render(overrides).catch((e: unknown) => e)) as TemplateError;
    // In a branch no render would reach: found all the same, at the call, with the set's partials.
    const main = await error({ 'main.md.hbs': '{{#if never}}\n  {{> prat}}\n{{/if}}' });
    expect(main).toBeInstanceOf(TemplateError);
    expect(main.message).toBe(
      'main.md.hbs:2:3: there is no partial "prat" (did you mean "part"?); the partials are part',
    );
    expect([main.line, main.column]).toEqual([2, 3]);
    // Of two, the first in the file.
    const two = await error({ 'main.md.hbs': '{{> first}}\n{{#each x}}{{> second}}{{/each}}' });
    expect(two.message).toMatch(/^main\.md\.hbs:1:1: there is no partial "first"/);
    // In a partial, too.
    const partial = await error({ 'partials/part.hbs': 'x {{> nowhere}}' });
    expect(partial.message).toBe('partials/part.hbs:1:3: there is no partial "nowhere"; the partials are part');
    // A partial block brings its own fallback, and a partial named by an expression is Handlebars' to find.
    expect(await render({ 'main.md.hbs': '{{#> nowhere}}fallback{{/nowhere}}' })).toBe('fallback');
    const dynamic = await error({ 'main.md.hbs': '{{> (lookup . "which")}}' });
    expect(dynamic.message).not.toContain('there is no partial');
  });

  it('does not HTML-escape values', async () => {
    expect(await render({ 'main.md.hbs': '{{name}} {{{name}}}' })).toBe('x x');
    const overrideDir = directory({ 'main.md.hbs': '{{name}}' });
    const sources = await loadTemplateSources(spec(true), { builtinDir: builtin(), overrideDir });
    expect(compileTemplateSet(sources).main({ name: '<b>&' })).toBe('<b>&');
  });

  it('compiles a set once per process: the same files give the same set, a changed file a new one', () => {
    const set = (part: string) => ({
      main: { main: { name: 'main.md.hbs', path: 'main.md.hbs', text: 'main: {{> part}}' } },
      partials: [{ name: 'part', path: 'partials/part.hbs', text: part }],
    });
    const first = compileTemplateSet(set('one {{name}}'));
    expect(compileTemplateSet(set('one {{name}}'))).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    const changed = compileTemplateSet(set('two {{name}}'));
    expect(changed).not.toBe(first);
    expect([first.main({ name: 'x' }), changed.main({ name: 'x' })]).toEqual(['main: one x', 'main: two x']);
  });
});
