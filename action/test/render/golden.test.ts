// Golden files: the fixture plan (Markdown, HTML, index) under golden/, and the example plans'
// runbooks committed in playbooks/runbooks/. Regenerate the fixture goldens with
// `UPDATE_GOLDEN=1 npx vitest run action/test/render/golden.test.ts` and review the diff; the
// playbook runbooks with `rollbook render playbooks --out playbooks/runbooks --start 2026-11-02`.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runRender } from '../../src/cli/commands/render.ts';
import { renderIndex, renderRunbook } from '../../src/render/render.ts';
import { readGeneratedMarker } from '../../src/text/markers.ts';
import {
  builtinTemplates,
  captureIO,
  FIXTURE_FILE,
  FIXTURE_GUARDS,
  FIXTURE_SETTINGS,
  FIXTURE_START,
  fixturePlan,
  lintMarkdown,
  REPO,
} from './support/render-support.ts';

const GOLDEN_DIR = resolve(import.meta.dirname, 'golden');
const PLAYBOOK_RUNBOOKS = 'playbooks/runbooks';

function expectGolden(name: string, actual: string): void {
  const path = join(GOLDEN_DIR, name);
  if (process.env.UPDATE_GOLDEN) writeFileSync(path, actual);
  expect(existsSync(path), `${name} is missing; run with UPDATE_GOLDEN=1 and review it`).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

async function renderFixture(format: 'md' | 'html') {
  const input = { file: FIXTURE_FILE, plan: await fixturePlan(), guards: FIXTURE_GUARDS };
  return renderRunbook(input, FIXTURE_SETTINGS, await builtinTemplates(), format);
}

describe('the fixture runbook', () => {
  it('matches the golden Markdown, and passes markdownlint', async () => {
    const { text } = await renderFixture('md');
    expectGolden('checkout-tokens.md', text);
    expect(lintMarkdown(text)).toEqual([]);
  });

  it('matches the golden HTML page', async () => {
    expectGolden('checkout-tokens.html', (await renderFixture('html')).text);
  });

  it('matches the golden index', async () => {
    const { entry } = await renderFixture('md');
    const text = renderIndex([entry], FIXTURE_START, await builtinTemplates(), 'md');
    expectGolden('index.md', text);
    expect(lintMarkdown(text)).toEqual([]);
  });

  it('is byte-identical across renders, time zones and fresh template compilations', async () => {
    const first = (await renderFixture('md')).text;
    const savedTz = process.env.TZ;
    try {
      process.env.TZ = 'Pacific/Kiritimati'; // UTC+14: any local-time date arithmetic would shift a day
      expect((await renderFixture('md')).text).toBe(first);
    } finally {
      if (savedTz === undefined) delete process.env.TZ;
      else process.env.TZ = savedTz;
    }
    expect(first).not.toMatch(/\r/);
    expect(first.endsWith('-->\n')).toBe(true);
    expect(readGeneratedMarker(first)).toEqual({ start: FIXTURE_START });
  });
});

describe('the example playbooks', () => {
  it('have committed runbooks that match their plans (rollbook render --check)', async () => {
    const { io, stdout, stderr } = captureIO(REPO);
    const code = await runRender(
      { paths: ['playbooks'], out: PLAYBOOK_RUNBOOKS, format: 'md', check: true, prune: false },
      io,
    );
    expect(stderr()).toBe('');
    expect(stdout()).toMatch(/are up to date/);
    expect(code).toBe(0);
  });

  it('have runbooks that pass markdownlint', () => {
    const dir = resolve(REPO, PLAYBOOK_RUNBOOKS);
    const files = readdirSync(dir).filter((f) => f.endsWith('.md'));
    expect(files.length).toBeGreaterThan(1);
    for (const file of files) expect(lintMarkdown(readFileSync(join(dir, file), 'utf8')), file).toEqual([]);
  });
});
