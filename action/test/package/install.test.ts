// The npm package as users get it: `npm pack` of this checkout, installed from the tarball into an
// empty project with no registry (--offline: the CLI's libraries are bundled, the package has no
// dependencies), then every command run through node_modules/.bin/rollbook on the oldest Node the
// package supports (22.12.0, the node22 devDependency) and on Node 24. `status` reads issues from
// the fake GitHub over real HTTP. Slow (packs, installs twice): tagged `slow`, outside test:fast.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../../scripts/bundle.ts';
import { PLAN_SCHEMA } from '../../src/plan/published-schemas.ts';
import { type FakeGitHub, startFakeGitHub } from '../fake-github/server.ts';

const run = promisify(execFile);
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  files: string[];
};

const RUNTIMES = [
  { name: 'Node 22.12 (engines floor)', node: join(ROOT, 'node_modules/node22/bin/node'), version: /^v22\.12\./ },
  { name: 'Node 24', node: join(ROOT, 'node_modules/node/bin/node'), version: /^v24\./ },
];

let work = '';
let tarball = '';
let packed: string[] = [];
let fake: FakeGitHub;

describe('the npm package', { tags: ['slow'] }, () => {
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'rollbook-package-'));
    const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', work], {
      cwd: ROOT,
      maxBuffer: 64 * 1024 * 1024,
    });
    const [info] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
    tarball = join(work, info!.filename);
    packed = info!.files.map((f) => f.path).sort();
    fake = await startFakeGitHub({ owner: 'acme', repo: 'rollouts' });
  });

  afterAll(async () => {
    await fake?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('ships the bundled CLI, its schemas, templates and docs, and no source, tests or examples', () => {
    for (const file of [
      'package.json',
      'README.md',
      'LICENSE',
      'action/bin/rollbook.js',
      'action/dist/cli.js',
      'action/dist/THIRD-PARTY-LICENSES.txt',
      PLAN_SCHEMA.file,
      'templates/runbook/runbook.md.hbs',
      'templates/report/gate-report.md.hbs',
      'docs/plan-format.md',
    ])
      expect(packed).toContain(file);
    expect(packed.some((f) => /^action\/dist\/chunk-.*\.js$/.test(f))).toBe(true);
    expect(packed.filter((f) => /^(action\/(src|test)|playbooks|site|scripts|node_modules)\//.test(f))).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(manifest.private).toBeUndefined();
    expect(manifest.dependencies ?? {}).toEqual({});
  });

  for (const runtime of RUNTIMES) {
    it(`installs offline into an empty project and runs every command on ${runtime.name}`, async () => {
      expect(existsSync(runtime.node)).toBe(true);
      const project = join(work, runtime.name.replace(/\W+/g, '-'));
      mkdirSync(join(project, 'playbooks'), { recursive: true });
      writeFileSync(join(project, 'package.json'), '{"name": "consumer", "private": true}\n');
      // `node` on PATH is the runtime under test: npm and the rollbook bin's shebang both use it.
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        PATH: `${dirname(runtime.node)}${delimiter}${process.env.PATH}`,
        NO_COLOR: '1',
        ...fake.env(),
        GITHUB_TOKEN: 'test-token',
      };
      delete env.FORCE_COLOR;
      // The bin's own compile cache directory is under test (ADR 15), not one chosen from outside.
      delete env.NODE_COMPILE_CACHE;
      delete env.NODE_DISABLE_COMPILE_CACHE;
      const sh = async (file: string, args: string[], extra: NodeJS.ProcessEnv = {}) => {
        try {
          const options = { cwd: project, env: { ...env, ...extra }, maxBuffer: 16 * 1024 * 1024 };
          const { stdout, stderr } = await run(file, args, options);
          return { code: 0, stdout, stderr };
        } catch (error) {
          const e = error as { code?: number; stdout?: string; stderr?: string };
          if (typeof e.code !== 'number') throw error;
          return { code: e.code, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
        }
      };
      expect((await sh('node', ['--version'])).stdout).toMatch(runtime.version);

      const install = await sh('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball]);
      expect(install.code, install.stderr).toBe(0);
      // Nothing but the package itself: no dependency, let alone a devDependency, at run time.
      expect(readdirSync(join(project, 'node_modules')).filter((f) => !f.startsWith('.'))).toEqual([pkg.name]);

      const rollbook = (...args: string[]) => sh(join(project, 'node_modules/.bin/rollbook'), args);
      const noStack = (out: { stderr: string }) => expect(out.stderr).not.toMatch(/\n\s+at .+[:(]\d+/);

      expect(await rollbook('--version')).toMatchObject({ code: 0, stdout: `rollbook ${pkg.version}\n` });
      // Node's compile cache was written beside the package, and the next run reads the bundle from it.
      const cache = join(project, 'node_modules/.cache/rollbook');
      expect(readdirSync(cache).length).toBeGreaterThan(0);
      const again = await sh(join(project, 'node_modules/.bin/rollbook'), ['--version'], {
        NODE_DEBUG_NATIVE: 'COMPILE_CACHE',
      });
      expect(again.stderr).toMatch(
        // Node 24: "V8 code cache for ESM file://…/cli.js was accepted"; 22.12: "cache for file://…/cli.js was accepted".
        /cache for (?:ESM )?\S+\/node_modules\/rollbook\/action\/dist\/cli\.js was accepted/,
      );

      const init = await rollbook('init', 'checkout-v2');
      expect(init.code, init.stderr).toBe(0);
      const plan = readFileSync(join(project, 'playbooks/checkout-v2.rollout.yaml'), 'utf8');
      expect(plan.split('\n')[0]).toBe(`# yaml-language-server: $schema=${PLAN_SCHEMA.url}`);

      expect(await rollbook('validate', '--strict', '--start', '2026-11-02')).toMatchObject({
        code: 0,
        stdout: '1 plan checked: no problems.\n',
      });
      writeFileSync(join(project, 'broken.rollout.yaml'), plan.replace('environment: staging', 'environment: stagin'));
      const broken = await rollbook('validate', 'broken.rollout.yaml');
      expect(broken.code).toBe(1);
      expect(broken.stdout).toMatch(/^broken\.rollout\.yaml:\d+:\d+ error schema\/not-allowed /m);
      expect(broken.stdout).toContain('did you mean "staging"?');
      noStack(broken);
      rmSync(join(project, 'broken.rollout.yaml'));

      const render = await rollbook('render', 'playbooks', '--out', 'runbooks', '--start', '2026-11-02');
      expect(render.code, render.stderr).toBe(0);
      expect(readFileSync(join(project, 'runbooks/checkout-v2.md'), 'utf8')).toContain('Checkout V2');
      const html = await rollbook('render', 'playbooks', '--out', 'html', '--format', 'html', '--start', '2026-11-02');
      expect(html.code, html.stderr).toBe(0);
      expect(readFileSync(join(project, 'html/checkout-v2.html'), 'utf8')).toMatch(/<html[\s>]/);
      expect((await rollbook('render', 'playbooks', '--out', 'runbooks', '--check')).code).toBe(0);

      const explain = await rollbook('explain', 'step-rollback');
      expect(explain.code).toBe(0);
      expect(explain.stdout).toContain('rollback');

      writeFileSync(
        join(project, 'metrics.json'),
        JSON.stringify({ generatedAt: '2026-11-23T09:00:00Z', metrics: { error_rate: 0.001, success_rate: 0.999 } }),
      );
      const gate = await rollbook(
        'gate',
        '--plan',
        'playbooks/checkout-v2.rollout.yaml',
        '--phase',
        'canary',
        '--at',
        '2026-11-23T09:00:00Z',
        '--activated-at',
        '2026-11-20T09:00:00Z',
        '--metrics-file',
        'metrics.json',
        '--check',
        'integration-tests=success',
      );
      expect(gate.stdout, gate.stderr).toMatch(/^Verdict: (PROMOTE|HOLD)\b/m);
      expect(gate.stdout).toContain('error_rate');
      noStack(gate);

      const lesson = await rollbook(
        'lesson',
        'new',
        '--trigger',
        'config-push',
        '--title',
        'Config push took down every region',
        '--date',
        '2026-11-01',
      );
      expect(lesson.code, lesson.stderr).toBe(0);
      expect(readdirSync(join(project, 'playbooks/lessons')).filter((f) => f.endsWith('.md'))).toHaveLength(1);
      const lessons = await rollbook('lessons');
      expect(lessons.code, lessons.stderr).toBe(0);
      expect(lessons.stdout).toContain('config-push');

      const status = await rollbook('status', '--repo', 'acme/rollouts');
      expect(status.code, status.stderr).toBe(0);
      expect(status.stdout).toContain('checkout-v2');
      expect(status.stdout).toContain('not-started');
    });
  }
});
