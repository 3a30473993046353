// Floor: read every plan file and parse it with the yaml library, nothing else.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const dir = process.argv[2]!;
const files = readdirSync(dir).filter((f) => f.endsWith('.rollout.yaml'));
const start = performance.now();
for (const file of files) parse(readFileSync(join(dir, file), 'utf8'));
const ms = performance.now() - start;
console.log(JSON.stringify({ ms, peakRssMiB: process.resourceUsage().maxRSS / 1024, files: files.length }));
