// `rollbook render` end to end in a scratch directory: writing, --check, orphans and --prune,
// the recorded calendar start, HTML, config, and what makes it fail.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type OptionValues, UsageError } from '../../src/cli/command.ts';
import { type RenderOptions, renderCommand, runRender } from '../../src/cli/commands/render.ts';
import { generatedMarker, readGeneratedMarker } from '../../src/text/markers.ts';
import { replaceOnce } from '../helpers/position.ts';
import { captureIO, FIXTURE_FILE, REPO } from './support/render-support.ts';

const PLAN = 'plans/checkout-tokens.rollout.yaml';
const RUNBOOK = 'out/checkout-tokens.md';
const INDEX = 'out/index.md';
const START = '2025-11-27';

let cwd: string;
beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), 'rollbook-render-'));
  mkdirSync(join(cwd, 'plans'));
  copyFileSync(join(REPO, FIXTURE_FILE), join(cwd, PLAN));
});
afterEach(() => rmSync(cwd, { recursive: true, force: true }));

const read = (path: string) => readFileSync(join(cwd, path), 'utf8');
const write = (path: string, text: string) => writeFileSync(join(cwd, path), text);

async function render(options: Partial<RenderOptions> = {}, now?: string) {
  const { io, stdout, stderr } = captureIO(cwd, now);
  const code = await runRender(
    { paths: ['plans'], out: 'out', format: 'md', check: false, prune: false, ...options },
    io,
  );
  return { code, stdout: stdout(), stderr: stderr() };
}

async function runCli(argv: string[]) {
  const { io, stdout, stderr } = captureIO(cwd);
  const { parseArgs } = await import('node:util');
  const { values, positionals } = parseArgs({ args: argv, options: renderCommand.options, allowPositionals: true });
  const code = await renderCommand.run({ values: values as OptionValues, positionals }, io);
  return { code, stdout: stdout(), stderr: stderr() };
}

describe('rollbook render', () => {
  it('writes a runbook per plan and an index, then --check finds them up to date', async () => {
    const first = await render({ start: START });
    expect(first).toEqual({
      code: 0,
      stdout: `wrote ${RUNBOOK}\nwrote ${INDEX}\nRendered 1 runbook and the index into out (2 changed).\n`,
      stderr: '',
    });
    expect(read(RUNBOOK)).toMatch(/^# Runbook: Checkout stores card tokens/);
    expect(read(INDEX)).toContain('[Checkout stores card tokens instead of card numbers](checkout-tokens.md)');
    expect(await render({ start: START, check: true })).toEqual({
      code: 0,
      stdout: 'All 2 files in out are up to date.\n',
      stderr: '',
    });
    // A second render changes nothing.
    expect((await render({ start: START })).stdout).toBe('Rendered 1 runbook and the index into out (0 changed).\n');
  });

  it('--check lists stale and missing files and exits 1, like prettier --check', async () => {
    await render({ start: START });
    write(PLAN, read(PLAN).replace('title: Checkout stores card tokens', 'title: Checkout keeps card tokens'));
    rmSync(join(cwd, INDEX));
    const check = await render({ start: START, check: true });
    expect(check.code).toBe(1);
    expect(check.stdout).toBe(
      `missing: ${INDEX}\nstale: ${RUNBOOK}\n2 of 2 files out of date. Run \`rollbook render plans --out out --start ${START}\` to update them.\n`,
    );
    expect(existsSync(join(cwd, INDEX))).toBe(false); // --check writes nothing
  });

  it('--check re-renders each file from the calendar start it records; writing defaults to today', async () => {
    await render({ start: START });
    expect(readGeneratedMarker(read(RUNBOOK))).toEqual({ start: START });
    // Days later, without --start: the committed runbooks still match.
    expect((await render({ check: true }, '2026-01-15T08:00:00Z')).code).toBe(0);
    // Writing without --start projects from today (the injected clock).
    await render({}, '2026-01-15T08:00:00Z');
    expect(readGeneratedMarker(read(RUNBOOK))).toEqual({ start: '2026-01-15' });
    expect(read(RUNBOOK)).toContain('Projected from 2026-01-15.');
  });

  it('--check without --start names the start the files record in its fix, so the fix keeps their calendars', async () => {
    await render({ start: START });
    write(PLAN, read(PLAN).replace('title: Checkout stores card tokens', 'title: Checkout keeps card tokens'));
    const check = await render({ check: true }, '2026-01-15T08:00:00Z');
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(`Run \`rollbook render plans --out out --start ${START}\` to update them.`);
  });

  it('--check without --start leaves --start out of its fix when the files record different starts', async () => {
    await render({ start: START });
    write(INDEX, read(INDEX).replace(generatedMarker(START), generatedMarker('2026-01-01')));
    write(PLAN, read(PLAN).replace('title: Checkout stores card tokens', 'title: Checkout keeps card tokens'));
    const check = await render({ check: true }, '2026-01-15T08:00:00Z');
    expect(check.stdout).toContain('Run `rollbook render plans --out out` to update them.');
  });

  it('--check says the command that fixes what it found: the same format, start and directories, quoted for a shell', async () => {
    mkdirSync(join(cwd, 'my templates'));
    const check = await render({ out: 'site runbooks', format: 'html', check: true, templates: 'my templates' });
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(
      "Run `rollbook render plans --out 'site runbooks' --format html --templates 'my templates'` to update them.",
    );
  });

  it('reports generated files no plan renders to any more, and removes them only with --prune', async () => {
    await render({ start: START });
    write('out/old-plan.md', `# Runbook: old\n\n${generatedMarker(START)}`);
    write('out/README.md', '# Hand-written notes\n');
    const check = await render({ start: START, check: true });
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('orphaned: out/old-plan.md\n');
    // The command it gives is whole: --prune inside it, not after its closing backtick.
    expect(check.stdout).toContain(`Run \`rollbook render plans --out out --start ${START} --prune\` to update them.`);
    const plain = await render({ start: START });
    expect(plain.stderr).toContain('out/old-plan.md was generated from a plan that is no longer rendered');
    expect(existsSync(join(cwd, 'out/old-plan.md'))).toBe(true);
    const pruned = await render({ start: START, prune: true });
    expect(pruned.stdout).toContain('removed out/old-plan.md\n');
    expect(existsSync(join(cwd, 'out/old-plan.md'))).toBe(false);
    expect(existsSync(join(cwd, 'out/README.md'))).toBe(true);
  });

  it('keeps the runbook and the index row of a plan that cannot be rendered, even with --prune', async () => {
    await render({ start: START });
    const index = read(INDEX);
    // A typo in an environment: the plan stops rendering until it is fixed.
    write(PLAN, replaceOnce(read(PLAN), 'environment: staging', 'environment: stagin'));
    const pruned = await render({ start: START, prune: true });
    expect(pruned.code).toBe(1);
    expect(pruned.stderr).toContain(
      'rollbook: index.md left as it is and no file in out taken for an orphan: 1 plan could not be rendered',
    );
    expect(pruned.stdout).not.toContain('removed');
    expect(existsSync(join(cwd, RUNBOOK))).toBe(true);
    expect(read(INDEX)).toBe(index);
    const check = await render({ start: START, check: true });
    expect(check.code).toBe(1);
    expect(check.stdout).not.toContain('orphaned:');
  });

  it("a run that names a few plan files leaves the index and the other plans' runbooks alone", async () => {
    mkdirSync(join(cwd, 'more'));
    write('more/second.rollout.yaml', replaceOnce(read(PLAN), 'name: checkout-tokens', 'name: second-plan'));
    await render({ paths: ['plans', 'more'], start: START });
    const index = read(INDEX);
    expect(index).toContain('second-plan.md');
    write(PLAN, read(PLAN).replace('title: Checkout stores card tokens', 'title: Checkout keeps card tokens'));
    // As a pre-commit hook would: only the changed file is named.
    const named = await render({ paths: [PLAN], start: START, prune: true });
    expect(named.code).toBe(0);
    expect(named.stdout).toBe(`wrote ${RUNBOOK}\nRendered 1 runbook into out (1 changed).\n`);
    expect(named.stderr).toContain('only the named plan files were rendered, and it holds the runbooks of others');
    expect(existsSync(join(cwd, 'out/second-plan.md'))).toBe(true);
    expect(read(INDEX)).toBe(index);
    // Named into a directory of its own, a plan file still gets its index.
    const alone = await render({ paths: [PLAN], out: 'alone', start: START });
    expect(alone.stdout).toContain('Rendered 1 runbook and the index into alone (2 changed).');
  });

  it('writes standalone HTML pages with --format html', async () => {
    const result = await render({ start: START, format: 'html' });
    expect(result.stdout).toContain('wrote out/checkout-tokens.html\nwrote out/index.html\n');
    expect(read('out/checkout-tokens.html')).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(read('out/index.html')).toContain('<a href="checkout-tokens.html">');
  });

  it('HTML runbooks draw the phase flow as SVG and link lessons to their pages, written beside them', async () => {
    const out = join(cwd, 'html');
    const { io, stdout } = captureIO(REPO);
    const options: RenderOptions = {
      paths: ['playbooks'],
      out,
      format: 'html',
      check: false,
      prune: false,
      start: START,
    };
    expect(await runRender(options, io)).toBe(0);
    expect(stdout()).toMatch(/Rendered \d+ runbooks, \d+ lesson pages and the index/);
    const page = readFileSync(join(out, 'group-orders.html'), 'utf8');
    expect(page).toContain('<svg class="phase-flow"');
    expect(page).not.toContain('class="mermaid"');
    // Each box links to its phase's heading on the page.
    for (const [, anchor] of page.matchAll(/<a class="flow-phase[^"]*" href="#([^"]+)"/g)) {
      expect(page).toContain(`<h2 id="${anchor}">`);
    }
    const lessonLinks = [...page.matchAll(/href="([^"]*lesson[^"]*)"/gi)].map((m) => m[1]!);
    expect(lessonLinks.length).toBeGreaterThan(0);
    for (const href of lessonLinks) {
      expect(href).toMatch(/^lesson-L-[A-Za-z0-9-]+\.html$/);
      expect(readFileSync(join(out, href), 'utf8')).toMatch(/^<!doctype html>[\s\S]*<h1 id="l-/);
    }
    const { io: again, stdout: checked } = captureIO(REPO);
    expect(await runRender({ ...options, check: true }, again)).toBe(0);
    expect(checked()).toMatch(/^All \d+ files in .* are up to date\.\n$/);
    // Markdown runbooks keep linking to the lesson files, which GitHub shows.
    expect(readFileSync(join(REPO, 'playbooks/runbooks/group-orders.md'), 'utf8')).toContain('](../lessons/L-');
  });

  it('reads the templates directory and the no-Friday rule from rollbook.config.yaml', async () => {
    mkdirSync(join(cwd, 'my-templates/partials'), { recursive: true });
    write('my-templates/partials/flags.hbs', '## Our flags\n');
    write('rollbook.config.yaml', 'templates: my-templates\ncalendar:\n  noFridays: false\n');
    await render({ start: START });
    const runbook = read(RUNBOOK);
    expect(runbook).toContain('## Our flags\n');
    // 2025-11-28 is a Friday: the canary phase may start on it now, and weekends follow the Friday rule.
    expect(runbook).toMatch(
      /\| 2 \| \[Canary at 1% of EU checkouts\]\([^)]*\) \| canary \| Fri 2025-11-28 00:00 UTC \|/,
    );
    expect(runbook).toContain('frozen for its environment;\nit can finish');
  });

  it('--start takes a time with an offset, records it in UTC, and --check re-renders from it', async () => {
    const written = await runCli(['plans', '--out', 'out', '--start', '2025-11-27T10:30+01:00']);
    expect(written.code, written.stderr).toBe(0);
    expect(readGeneratedMarker(read(RUNBOOK))).toEqual({ start: '2025-11-27T09:30Z' });
    expect(read(RUNBOOK)).toContain('| staging | Thu 2025-11-27 09:30 UTC | Fri 2025-11-28 09:30 UTC | 24h |');
    expect((await render({ check: true }, '2026-01-15T08:00:00Z')).code).toBe(0);
  });

  it('keeps weekend starts out when the config lifts only the no-Friday rule', async () => {
    write('rollbook.config.yaml', 'calendar:\n  noFridays: false\n  noWeekends: true\n');
    await render({ start: START });
    const runbook = read(RUNBOOK);
    expect(runbook).toMatch(
      /\| 2 \| \[Canary at 1% of EU checkouts\]\([^)]*\) \| canary \| Fri 2025-11-28 00:00 UTC \|/,
    );
    expect(runbook).toContain('frozen for its environment, nor on a Saturday or Sunday;\nit can finish');
  });

  it('renders the valid plans, reports the invalid ones and exits 1', async () => {
    write('plans/broken.rollout.yaml', 'apiVersion: rollbook/v1\nkind: RolloutPlan\nmetadata: {}\n');
    const result = await render({ start: START });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('rollbook: cannot render plans/broken.rollout.yaml: it is not a valid plan');
    expect(existsSync(join(cwd, RUNBOOK))).toBe(true);
  });

  it('does not render a schema-valid plan whose references are broken (two phases with one id), and says why', async () => {
    write(PLAN, replaceOnce(read(PLAN), '\n  - id: canary\n', '\n  - id: staging\n'));
    const result = await render({ start: START });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`rollbook: cannot render ${PLAN}: it is not a valid plan (1 error)`);
    expect(result.stderr).toContain('error ref/duplicate-id phase id "staging" is defined twice');
    expect(existsSync(join(cwd, RUNBOOK))).toBe(false);
  });

  it('refuses two plans that would write the same runbook', async () => {
    copyFileSync(join(cwd, PLAN), join(cwd, 'plans/copy.rollout.yaml'));
    const result = await render({ start: START });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'cannot render plans/copy.rollout.yaml: its runbook checkout-tokens.md is already taken by plans/checkout-tokens.rollout.yaml',
    );
  });

  it('reports a template error with the file and line, and exits 1', async () => {
    mkdirSync(join(cwd, 'bad/partials'), { recursive: true });
    write('bad/partials/story.hbs', '## Story\n\n{{story.moral}}\n');
    const result = await render({ start: START, templates: 'bad' });
    expect(result.code).toBe(1);
    // (After the warning that this story.hbs leaves out the KPI review.)
    expect(result.stderr).toMatch(/^bad\/partials\/story\.hbs:1:1 warning template\/section-left-out /);
    expect(result.stderr).toMatch(
      /\nrollbook: template error: bad\/partials\/story\.hbs:3:3: "moral" is not defined in the data this template receives\n$/,
    );
  });

  it('parses its options, and rejects bad ones as usage errors', async () => {
    expect((await runCli(['plans', '--out', 'out', '--start', START, '--check'])).code).toBe(1);
    expect((await runCli(['plans', '--out', 'out', '--start', START])).code).toBe(0);
    expect((await runCli(['plans', '--out', 'out', '--check'])).code).toBe(0);
    await expect(runCli(['plans'])).rejects.toThrow(UsageError);
    await expect(runCli(['plans', '--out', 'out', '--format', 'pdf'])).rejects.toThrow(
      /--format must be one of md, html/,
    );
    await expect(runCli(['plans', '--out', 'out', '--start', '2025-13-01'])).rejects.toThrow(
      '--start 2025-13-01 is not a calendar date: months run from 01 to 12',
    );
    await expect(runCli(['plans', '--out', 'out', '--check', '--prune'])).rejects.toThrow(UsageError);
    expect(renderCommand.help).toMatch(/--check {2,}write nothing/);
  });
});

describe('rollbook render --status', () => {
  const status = (kpiReview: unknown) =>
    JSON.stringify({
      plans: { 'checkout-tokens': { phase: 'prod', state: 'done', updatedAt: '2026-01-01T00:00:00Z', kpiReview } },
    });

  it("puts each done plan's KPI review in its runbook: each KPI measured beside its baseline and expectation", async () => {
    write(
      'status.json',
      status({
        state: 'missed',
        postedAt: '2025-12-20T09:05:00Z',
        kpis: [
          {
            kpi: 'Checkout success rate',
            outcome: 'missed',
            baseline: '0.962 over the last 28 days',
            expect: '>= 0.962 (no regression)',
            measured: '95.1% | <b>',
            window: '1h',
          },
        ],
      }),
    );
    expect((await render({ start: START, status: 'status.json' })).code).toBe(0);
    const runbook = read(RUNBOOK);
    expect(runbook).toContain('### KPI review\n\nKPI review: missed (posted 2025-12-20 09:05 UTC)\n');
    expect(runbook).toContain('| KPI | Baseline | Expected | Measured | Outcome |');
    // Status text is escaped for its cell like plan text.
    expect(runbook).toContain(
      '| Checkout success rate | 0.962 over the last 28 days | \\>= 0.962 (no regression) | 95.1% \\| \\<b> over 1h | missed |',
    );
    // The same status checks up to date; without it the runbook has no review, so it is stale.
    expect((await render({ start: START, status: 'status.json', check: true })).code).toBe(0);
    expect((await render({ start: START, check: true })).stdout).toContain(`stale: ${RUNBOOK}`);
    expect((await render({ start: START })).code).toBe(0);
    expect(read(RUNBOOK)).not.toContain('KPI review');
  });

  it('warns at an override that leaves out the KPI review, with a hint, and renders the rest (ADR 31)', async () => {
    write('status.json', status({ state: 'met', postedAt: '2025-12-20T09:05:00Z', kpis: [] }));
    mkdirSync(join(cwd, 'mine/partials'), { recursive: true });
    // An override written before the KPI review existed: the problem and the impact table only.
    write(
      'mine/partials/story.hbs',
      '## Our story\n\n{{story.problem}}\n\n{{#each story.impact}}\n- {{kpi}}\n{{/each}}\n',
    );
    const lost = await render({ start: START, status: 'status.json', templates: 'mine' });
    expect(lost.code).toBe(0);
    expect(lost.stderr).toBe(
      [
        'mine/partials/story.hbs:1:1 warning template/section-left-out with this override, runbook.md.hbs never shows story.review (the KPI review that `rollbook render --status` puts in the runbook), so it is left out',
        '> 1 | ## Our story',
        '    | ^',
        '  expected: a template reached from runbook.md.hbs that uses story.review, as the built-in partials/story.hbs does',
        '  hint: copy the part of the built-in story.hbs that uses {{story.review}} into your story.hbs, or write {{!-- rollbook: without story.review --}} in it to leave it out on purpose',
        '',
        '',
      ].join('\n'),
    );
    expect(read(RUNBOOK)).toContain('## Our story');
    expect(read(RUNBOOK)).not.toContain('KPI review');

    // Shown from a partial of the override's own: nothing to warn about, and the review is there.
    write('mine/partials/story.hbs', '## Our story\n\n{{#with story}}{{> our-review}}{{/with}}\n');
    write('mine/partials/our-review.hbs', '{{#if review}}\n### How it went\n\n{{review.summary}}\n{{/if}}\n');
    const kept = await render({ start: START, status: 'status.json', templates: 'mine' });
    expect(kept.stderr).toBe('');
    expect(read(RUNBOOK)).toContain('### How it went\n\nKPI review: met');

    // Left out on purpose: said in the override, no warning.
    write('mine/partials/story.hbs', '{{!-- rollbook: without story.review --}}\n## Our story\n');
    expect((await render({ start: START, templates: 'mine' })).stderr).toBe('');

    // A main template that no longer calls the built-in story partial loses it too: the warning is there.
    rmSync(join(cwd, 'mine/partials/story.hbs'));
    write('mine/runbook.md.hbs', '# {{plan.title}}\n');
    const main = await render({ start: START, templates: 'mine' });
    expect(main.code).toBe(0);
    expect(main.stderr).toMatch(/^mine\/runbook\.md\.hbs:1:1 warning template\/section-left-out /);
  });

  it('a missing or malformed status file exits 1 naming the file and the first bad field, writing nothing', async () => {
    const missing = await render({ start: START, status: 'nope.json' });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(
      'rollbook: cannot read the KPI reviews from --status nope.json: there is no such file; write it with `rollbook status --out <file>`\n',
    );
    mkdirSync(join(cwd, 'reviews'));
    const directory = await render({ start: START, status: 'reviews' });
    expect(directory.code).toBe(1);
    expect(directory.stderr).toContain(
      '--status reviews: it is a directory; name the file `rollbook status --out` wrote',
    );
    write('status.json', status({ state: 'great', kpis: [] }));
    const bad = await render({ start: START, status: 'status.json' });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('status.json: plans.checkout-tokens.kpiReview needs state (pending, met, missed)');
    expect(bad.stderr).not.toMatch(/^\s+at /m);
    expect(existsSync(join(cwd, RUNBOOK))).toBe(false);
  });
});
