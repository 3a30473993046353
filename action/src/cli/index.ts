#!/usr/bin/env node
import { processIO } from './io.ts';
import { main } from './main.ts';

// Wait for stdout to drain before exiting so piped output is never cut short.
const code = await main(process.argv.slice(2), processIO());
process.exitCode = code;
