// Template overrides by file name, and errors that name the template file and line.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { renderRunbook } from '../../src/render/render.ts';
import { compileTemplates, loadRunbookTemplates } from '../../src/render/templates.ts';
import { TemplateError } from '../../src/templates/compile.ts';
import { builtinTemplates, FIXTURE_FILE, FIXTURE_SETTINGS, fixturePlan, REPO } from './support/render-support.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A templates directory holding `files` (relative path → text). */
function templatesDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'rollbook-templates-'));
  dirs.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

async function renderWith(overrideDir: string, format: 'md' | 'html' = 'md') {
  const templates = compileTemplates(await loadRunbookTemplates({ cwd: REPO, overrideDir }));
  return renderRunbook({ file: FIXTURE_FILE, plan: await fixturePlan() }, FIXTURE_SETTINGS, templates, format).text;
}

async function builtinRender() {
  return renderRunbook(
    { file: FIXTURE_FILE, plan: await fixturePlan() },
    FIXTURE_SETTINGS,
    await builtinTemplates(),
    'md',
  ).text;
}

describe('template overrides', () => {
  it('replace a partial by file name, directly in the directory or mirroring templates/runbook', async () => {
    const dir = templatesDir({
      'partials/flags.hbs':
        '## Feature flags ({{flags.length}})\n\n{{#each flags}}\n- {{key}}: {{description}}\n{{/each}}\n',
      'runbook/partials/phase-exit.hbs': '### Done when\n\n{{#each exit}}\n1. {{this}}\n{{/each}}\n',
    });
    const text = await renderWith(dir);
    expect(text).toContain('## Feature flags (2)\n\n- `checkout.tokens`: Checkout asks card-vault');
    expect(text).toContain('### Done when\n\n1. Smoke suite green twice in a row\n');
    expect(text).not.toContain('### Exit criteria');
    // Everything else is the built-in rendering.
    const builtin = await builtinRender();
    expect(text).toContain(builtin.slice(0, builtin.indexOf('## Flags')));
    expect(text.slice(text.indexOf('## Compatibility'), text.indexOf('## Phase 1'))).toBe(
      builtin.slice(builtin.indexOf('## Compatibility'), builtin.indexOf('## Phase 1')),
    );
  });

  it('replace a main template, which may use partials of its own', async () => {
    const dir = templatesDir({
      'runbook.md.hbs': '# {{plan.title}}\n\n{{> owners-line}}\n',
      'partials/owners-line.hbs': 'Owned by {{plan.owners}}; escalate to {{escalation.length}} contacts.\n',
    });
    const text = await renderWith(dir);
    expect(text.split('\n').slice(0, 3)).toEqual([
      '# Checkout stores card tokens instead of card numbers',
      '',
      'Owned by @dana, @payments/checkout; escalate to 3 contacts.',
    ]);
  });

  it('replace the HTML page shell, whose body stays sanitized', async () => {
    const dir = templatesDir({
      'page.html.hbs': '<!doctype html>\n<title>{{title}}</title>\n<main>\n{{body}}\n</main>\n',
    });
    const text = await renderWith(dir, 'html');
    expect(text.startsWith('<!doctype html>\n<title>Runbook: Checkout stores card tokens')).toBe(true);
    expect(text).toContain('<h2 id="phase-1-staging-with-synthetic-cards">');
  });

  it('give templates no helper that could un-escape plan text: {{{x}}} prints the same escaped Markdown as {{x}}', async () => {
    const dir = templatesDir({ 'partials/story.hbs': 'TRIPLE {{{story.problem}}}\n\nDOUBLE {{story.problem}}\n' });
    const plan = await fixturePlan();
    plan.story.problem = '<b>bold</b> & *x* {{y}}';
    const templates = compileTemplates(await loadRunbookTemplates({ cwd: REPO, overrideDir: dir }));
    const text = renderRunbook({ file: FIXTURE_FILE, plan }, FIXTURE_SETTINGS, templates, 'md').text;
    const escaped = '\\<b>bold\\</b> & \\*x\\* \\{\\{y\\}\\}';
    expect(text).toContain(`TRIPLE ${escaped}\n\nDOUBLE ${escaped}\n`);
  });
});

describe('template errors', () => {
  it('name the template file, line and column when a template refers to a missing field (strict mode)', async () => {
    const dir = templatesDir({
      'partials/flags.hbs': '## Flags\n\n{{#each flags}}\n- {{key}} {{colour}}\n{{/each}}\n',
    });
    const error = await renderWith(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TemplateError);
    const { message, template, line } = error as TemplateError;
    expect(template).toBe(join(dir, 'partials/flags.hbs'));
    expect(line).toBe(4);
    // Column 13 is where `colour` starts, inside `{{colour}}`.
    expect(message).toBe(`${template}:4:13: "colour" is not defined in the data this template receives`);
  });

  it('name the main template when the error is there, not in a partial it includes', async () => {
    const dir = templatesDir({ 'runbook/runbook.md.hbs': '{{> header}}\n\n{{plan.nickname}}\n' });
    const error = (await renderWith(dir).catch((e: unknown) => e)) as TemplateError;
    expect(error).toBeInstanceOf(TemplateError);
    expect(error.message).toMatch(/runbook\/runbook\.md\.hbs:3:\d+: "nickname" is not defined/);
  });

  it('name the file and line of a syntax error when the templates are loaded', async () => {
    const dir = templatesDir({ 'partials/phase-gates.hbs': '### Gates\n\n{{#if gates}}\n| x |\n{{/each}}\n' });
    const sources = await loadRunbookTemplates({ cwd: REPO, overrideDir: dir });
    let error: unknown;
    try {
      compileTemplates(sources);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TemplateError);
    // Handlebars places an unclosed block at its opening tag.
    expect((error as TemplateError).message).toMatch(/partials\/phase-gates\.hbs:3:\d+: if doesn't match each$/);
  });

  it('report a partial that does not exist', async () => {
    const dir = templatesDir({ 'partials/story.hbs': '{{> no-such-partial}}\n' });
    const error = (await renderWith(dir).catch((e: unknown) => e)) as TemplateError;
    expect(error).toBeInstanceOf(TemplateError);
    expect(error.message).toMatch(/partials\/story\.hbs.*no-such-partial/);
  });
});
