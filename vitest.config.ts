import { configDefaults, defineConfig, type Plugin } from 'vitest/config';

// Test projects. `fast` is everything but the suites that start something heavy, named by their
// file names; `npm run test:fast` runs it alone while editing. `npm test` runs them all.
const FILES = ['action/test/**/*.test.ts', 'site/test/**/*.test.ts', 'scripts/**/*.test.ts'];
const SLOW = {
  /** Run the bundled action in a child process, as a runner does (bundled once per run). */
  bundled: ['**/*.bundled.test.ts'],
  /** Drive Chromium (one browser per run) against a site built by the run's site builders (ADR 79). */
  browser: ['**/*.browser.test.ts'],
  /** Query a real Prometheus (one server per run; the bundled action, bundled once per run). */
  prometheus: ['**/*.prometheus.test.ts'],
  /** Build a site as `npm run site:build` does, without a browser (ADR 79). */
  siteBuild: ['site/test/build-errors.test.ts', 'site/test/shared-lessons.test.ts'],
  /** A corpus and thousands of mutated plans (ROLLBOOK_FUZZ_CASES; 2,000 in CI, ADR 14). */
  fuzz: ['**/*.fuzz.test.ts'],
  /** `npm pack`, installed into an empty project and run on two Node versions; `npm audit` of the bundled packages. */
  package: ['action/test/package/install.test.ts', 'scripts/test/audit-bundled.test.ts'],
};

/**
 * Dependencies load as Node loads them for a user. Vitest adds the `development` export condition
 * (to Vite's resolver and to the workers' `--conditions`), which picks debug builds: micromark's
 * (markdownlint's parser) lints a third slower. No module of ours has such a condition (ADR 59).
 */
function withoutDevelopmentCondition(): Plugin {
  const drop = (conditions: string[] | undefined) =>
    conditions?.splice(0, conditions.length, ...conditions.filter((c) => !/^development\b/.test(c)));
  return {
    name: 'rollbook:without-development-condition',
    enforce: 'post',
    configResolved(config) {
      drop(config.resolve.conditions);
      drop(config.ssr.resolve?.conditions);
      for (const environment of Object.values(config.environments)) drop(environment.resolve.conditions);
    },
  };
}

export default defineConfig({
  plugins: [withoutDevelopmentCondition()],
  test: {
    // Integration suites start real servers (fake GitHub, Prometheus, Chromium); keep the 2-core machine calm.
    maxWorkers: 2,
    // Timeouts catch hangs; they do not measure speed. A loaded machine may be several times slower.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // One worker runs many files: module graphs (the OpenAPI description, the schema validators)
    // load once per worker, not once per file. Tests share no mutable state.
    isolate: false,
    tags: [
      {
        name: 'slow',
        description: 'minutes, not seconds (packs and installs the npm package); left out of test:fast',
        timeout: 600_000,
      },
    ],
    projects: [
      {
        extends: true,
        test: {
          name: 'fast',
          include: FILES,
          exclude: [...configDefaults.exclude, ...Object.values(SLOW).flat()],
        },
      },
      {
        extends: true,
        test: { name: 'bundled', include: SLOW.bundled, globalSetup: ['action/test/helpers/bundle-setup.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: SLOW.browser,
          globalSetup: ['site/test/helpers/chromium-setup.ts', 'site/test/helpers/site-builder-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'prometheus',
          include: SLOW.prometheus,
          // Some files run the bundled action too: the bundle the `bundled` project uses.
          globalSetup: ['action/test/prometheus/prometheus-setup.ts', 'action/test/helpers/bundle-setup.ts'],
        },
      },
      {
        extends: true,
        test: { name: 'site-build', include: SLOW.siteBuild, globalSetup: ['site/test/helpers/site-builder-setup.ts'] },
      },
      { extends: true, test: { name: 'fuzz', include: SLOW.fuzz } },
      { extends: true, test: { name: 'package', include: SLOW.package } },
    ],
  },
});
