// `npm test`: every check CI runs, in order, then one summary line the CI harness can read.
// Stops at the first failing stage so the cause is the last thing printed. The vitest stage runs
// the projects whose files mostly wait in a second vitest beside the first, its output held and
// printed after the first's (ADR 90).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { colourEnvironment, runStage, type Stage } from './run-stage.ts';

const RESULTS = '.cache/vitest-results.json';
const RESULTS_BESIDE = '.cache/vitest-results-beside.json';
/**
 * The vitest projects whose files spend most of their time waiting, not computing: the bundled
 * action keeps GitHub's pacing (a second between writes, three between issues and comments), the
 * Prometheus files wait on it and on scrapes, and the package files on npm. Run in a vitest of
 * their own beside the others, their waits overlap the other projects' work (ADR 90). A project
 * not named here runs in the first vitest, so a new project is never left out.
 */
const WAITING_PROJECTS = ['bundled', 'prometheus', 'package'];
const VITEST_REPORTERS = ['--reporter=default', '--reporter=json'];
/** Where the runs of the bundled action find the bundle (action/test/helpers/run-action.ts). */
const TEST_DIST = '.cache/test-dist';

mkdirSync(TEST_DIST, { recursive: true });
// The check stage bundles this checkout to compare with action/dist; the bundle is kept here and
// handed to vitest, whose bundled and Prometheus tests would otherwise bundle it again (ADR 60).
const checkedBundle = resolve(mkdtempSync(join(TEST_DIST, 'check-')));

const stages: Stage[] = [
  {
    name: 'system packages',
    command: 'bash',
    args: ['scripts/ensure-system-deps.sh'],
    requires: 'scripts/ensure-system-deps.sh',
  },
  { name: 'lock file usable by npm ci', command: 'node', args: ['scripts/complete-lockfile.ts', '--check'] },
  { name: 'lint and format (biome)', command: 'biome', args: ['check', '.'] },
  // One checker: TypeScript 7 checks with four by default, which each redo the shared types; on
  // two busy cores one checker took about half the CPU and less wall time (ADR 56).
  { name: 'type check (tsc)', command: 'tsc', args: ['--noEmit', '--checkers', '1', '-p', 'tsconfig.json'] },
  {
    name: 'type check the site and its browser tests (tsc)',
    command: 'tsc',
    args: ['--noEmit', '--checkers', '1', '-p', 'site/tsconfig.check.json'],
  },
  { name: 'JSON Schema and format reference up to date', command: 'node', args: ['scripts/gen-schema.ts', '--check'] },
  { name: 'workflows (actionlint, permissions)', command: 'node', args: ['scripts/actionlint.ts'] },
  {
    name: 'bundle up to date (check-dist)',
    command: 'node',
    args: ['scripts/build.ts', '--check', '--keep', checkedBundle],
  },
  { name: "bundle's version is package.json's", command: 'node', args: ['scripts/check-version.ts'] },
  // The next two run the committed CLI bundle, which the check above proved to be this checkout's
  // source bundled: it starts in about half the CPU the source takes (no type stripping, the
  // validators precompiled; ADR 60). Run directly, not through its bin, it keeps no cache.
  // A fixed start date: the freeze rule projects calendars, and CI must not turn red with the date.
  {
    name: 'example plans valid (rollout starting 2026-11-02)',
    command: 'node',
    args: ['action/dist/cli.js', 'validate', 'playbooks', '--strict', '--start', '2026-11-02'],
  },
  {
    name: 'committed runbooks match their plans',
    command: 'node',
    args: ['action/dist/cli.js', 'render', 'playbooks', '--out', 'playbooks/runbooks', '--check'],
  },
  {
    name: 'unit and integration tests (vitest)',
    command: 'vitest',
    args: [
      'run',
      ...WAITING_PROJECTS.map((project) => `--project=!${project}`),
      ...VITEST_REPORTERS,
      `--outputFile.json=${RESULTS}`,
    ],
    beside: {
      name: 'the projects that mostly wait, run beside the above',
      command: 'vitest',
      args: [
        'run',
        ...WAITING_PROJECTS.map((project) => `--project=${project}`),
        ...VITEST_REPORTERS,
        `--outputFile.json=${RESULTS_BESIDE}`,
      ],
    },
    // Reached only when the check stage passed: this is a fresh bundle of the tested source.
    env: { ROLLBOOK_TEST_BUNDLE: join(checkedBundle, 'index.js') },
  },
];

// The project's scripts run on the Node 24 that the `node` devDependency puts first on the PATH
// (GitHub runs the action on node24). Anything older here means node_modules/.bin/node was
// re-linked, for example by an `npm install` of another Node package.
const MIN_NODE_MAJOR = 24;
if (Number(process.versions.node.split('.')[0]) < MIN_NODE_MAJOR) {
  console.error(
    `npm test needs Node ${MIN_NODE_MAJOR} or later, and this is Node ${process.versions.node}.\n` +
      'hint: run `npm ci` (it links node_modules/.bin/node to the `node` devDependency), or install Node 24.',
  );
  rmSync(checkedBundle, { recursive: true, force: true });
  process.exit(1);
}

// Every stage's commands colour only on a terminal, as the CLI does (run-stage.ts).
Object.assign(process.env, colourEnvironment(process.env, process.stdout.isTTY === true));
mkdirSync('.cache', { recursive: true });
// A report left by an earlier run must not be counted as this run's.
for (const report of [RESULTS, RESULTS_BESIDE]) rmSync(report, { force: true });
let failed: string | undefined;
for (const stage of stages) {
  if (stage.requires && !existsSync(stage.requires)) continue;
  console.log(`\n── ${stage.name}: ${stage.command} ${stage.args.join(' ')}`);
  if (!(await runStage(stage, (text) => process.stdout.write(text)))) {
    failed = stage.name;
    break;
  }
}

rmSync(checkedBundle, { recursive: true, force: true });

let passed = 0;
let failedTests = 0;
let skipped = 0;
for (const path of [RESULTS, RESULTS_BESIDE]) {
  if (!existsSync(path)) continue;
  const report = JSON.parse(readFileSync(path, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    testResults: { name: string; status: string; assertionResults: { status: string }[] }[];
  };
  passed += report.numPassedTests;
  // A file that fails before its tests run (a hook, an import, a build it needs) has no failed
  // test of its own; it still counts as one failure, so the closing line never reads "0 failed"
  // for a red run.
  const brokenFiles = report.testResults.filter(
    (file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed'),
  );
  failedTests += report.numFailedTests + brokenFiles.length;
  for (const file of brokenFiles) console.log(`Failed before its tests ran: ${file.name}`);
  skipped += report.numPendingTests + report.numTodoTests;
}
console.log('');
if (failed) console.log(`Stage failed: ${failed}`);
console.log(`Tests: ${passed} passed, ${failedTests} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed || failedTests > 0 || passed === 0 ? 1 : 0;
