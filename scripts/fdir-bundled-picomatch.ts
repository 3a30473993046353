// esbuild plugin: fdir (under tinyglobby) takes the bundled picomatch instead of looking one up at
// run time. fdir's ES build runs `require.resolve('picomatch')` and `require('picomatch')` when
// its module loads, through a `createRequire` esbuild cannot follow: the bundle then resolved and
// loaded a second, unbundled picomatch (six CommonJS files) from whatever node_modules lies above
// the installed package, on every start of every command, for a function (`fdir.glob`) Rollbook
// never calls; tinyglobby passes fdir its own matchers. The bundles now hand fdir the picomatch
// they already hold, so nothing is looked up at run time. From source, fdir is unchanged. If
// fdir's code changes shape, the build fails here rather than silently keeping the lookup.
// See docs/adr/0061-lessons-kept-too.md.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'esbuild';

/** fdir's run-time lookup, as its dist/index.mjs writes it (fdir 6.x). */
const LOOKUP = /try \{\s*__require\.resolve\("picomatch"\);\s*pm = __require\("picomatch"\);\s*\} catch \{\}/;

export function fdirBundledPicomatch(): Plugin {
  return {
    name: 'rollbook-fdir-bundled-picomatch',
    setup(build) {
      build.onLoad({ filter: /[\\/]node_modules[\\/]fdir[\\/]dist[\\/]index\.mjs$/ }, ({ path }) => {
        const source = readFileSync(path, 'utf8');
        if (!LOOKUP.test(source)) {
          return {
            errors: [
              { text: `fdir's run-time picomatch lookup was not found in ${path}; update ${import.meta.filename}` },
            ],
          };
        }
        const contents = `import __bundledPicomatch from "picomatch";\n${source.replace(LOOKUP, 'pm = __bundledPicomatch;')}`;
        return { contents, loader: 'js' };
      });
    },
  };
}
