#!/usr/bin/env node
// The published `rollbook` command runs the bundled CLI, so it works without TypeScript support
// (and from node_modules, where Node does not strip types).
import '../dist/cli.js';
