// Where the fake keeps what it derives from GitHub's description for the next test worker (the
// compact index, the compiled checks): `.cache/rollbook-fake-github` in the node_modules that
// holds the description, as Rollbook keeps its own compile cache (ADR 15). Never the shared temp
// directory: the compiled checks are code the tests run, and there another user of the machine
// could write them first. A clone's cache also goes with the clone.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** `<node_modules>/@octokit/openapi/package.json` → `<node_modules>/.cache/rollbook-fake-github`. */
export const FAKE_CACHE_DIR = join(
  dirname(dirname(dirname(require.resolve('@octokit/openapi/package.json')))),
  '.cache',
  'rollbook-fake-github',
);
