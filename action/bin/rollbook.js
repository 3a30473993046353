#!/usr/bin/env node
// The published `rollbook` command runs the bundled CLI, so it works without TypeScript support
// (and from node_modules, where Node does not strip types). Node's on-disk compile cache
// (node:module enableCompileCache, in the OS temp directory; NODE_DISABLE_COMPILE_CACHE=1 turns it
// off) spares repeated runs, such as a pre-commit hook, from compiling the bundle again.
import module from 'node:module';

module.enableCompileCache?.();
await import('../dist/cli.js');
