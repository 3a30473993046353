#!/usr/bin/env node
// The published `rollbook` command runs the bundled CLI, so it works without TypeScript support
// (and from node_modules, where Node does not strip types). Node's on-disk compile cache
// (node:module enableCompileCache) spares repeated runs, such as a pre-commit hook, from
// compiling the bundle again. It lives in the node_modules the package is installed in
// (`node_modules/.cache/rollbook`, where build tools keep theirs): only whoever can already
// change the installed code can write there, unlike a directory shared in the OS temp directory.
// Node keys each entry by its Node version and the file's content, so an upgrade never runs
// stale code. NODE_COMPILE_CACHE=<dir> puts it elsewhere, NODE_DISABLE_COMPILE_CACHE=1 turns it
// off; with no node_modules above the package (or one that cannot be written), there is none.
// See docs/adr/0015-compile-cache-beside-the-package.md.
import { existsSync } from 'node:fs';
import module from 'node:module';
import { basename, dirname, join } from 'node:path';

/** `<…>/node_modules/.cache/rollbook` for the node_modules holding this package (or a clone's own). */
function compileCacheDir() {
  const root = dirname(dirname(import.meta.dirname));
  let parent = dirname(root);
  if (basename(parent).startsWith('@')) parent = dirname(parent);
  if (basename(parent) === 'node_modules') return join(parent, '.cache', 'rollbook');
  const own = join(root, 'node_modules');
  return existsSync(own) ? join(own, '.cache', 'rollbook') : undefined;
}

if (!process.env.NODE_COMPILE_CACHE) {
  const dir = compileCacheDir();
  if (dir) module.enableCompileCache?.(dir);
}
await import('../dist/cli.js');
