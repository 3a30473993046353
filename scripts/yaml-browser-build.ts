// esbuild plugin: the bundles take the `yaml` library's ES module build (yaml/browser) instead of
// its CommonJS Node build. The code is the same library at the same version, with two
// differences, both for the better in a command that starts for every pre-commit hook:
// - the Node build reads `process.env.LOG_TOKENS` for every token and `process.env.LOG_STREAM`
//   for every document (each read crosses into C++); the ES build has no such debug switches;
// - ES modules let esbuild drop what Rollbook never calls, and load without CommonJS wrappers.
// A YAML warning (a mapping used as a key) goes to console.warn rather than process.emitWarning;
// both write to stderr. From source (tests, `npm run rollbook`) Node resolves the Node build as
// usual; the bundle tests check that both report the same. See docs/adr/0037-*.md.
import { join } from 'node:path';
import type { Plugin } from 'esbuild';

export function yamlBrowserBuild(root: string): Plugin {
  return {
    name: 'rollbook-yaml-es-build',
    setup(build) {
      build.onResolve({ filter: /^yaml$/ }, () => ({ path: join(root, 'node_modules/yaml/browser/index.js') }));
    },
  };
}
