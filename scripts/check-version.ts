// One version everywhere: package.json's. Fails when the committed CLI bundle prints another
// (the bundles inline the version at build time, so a release that bumps package.json must
// rebuild them; the release workflow does), or when package-lock.json or release-please's
// manifest disagree. `--tag vX.Y.Z` (the release workflow) also requires the tag to match.
// A stage of `npm test`, and run by the release jobs before tagging and publishing.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const RELEASE_MANIFEST = '.release-please-manifest.json';
const BUNDLED_CLI = 'action/dist/cli.js';

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const { values } = parseArgs({ options: { tag: { type: 'string' } } });
const version: string = readJson('package.json').version;
const found: [string, string | undefined][] = [
  [`${BUNDLED_CLI} --version`, execFileSync(process.execPath, [BUNDLED_CLI, '--version'], { encoding: 'utf8' }).trim()],
  ['package-lock.json', readJson('package-lock.json').version],
  [RELEASE_MANIFEST, readJson(RELEASE_MANIFEST)['.']],
];
const wanted: Record<string, string> = {
  [`${BUNDLED_CLI} --version`]: `rollbook ${version}`,
  'package-lock.json': version,
  [RELEASE_MANIFEST]: version,
};
if (values.tag !== undefined) {
  found.push(['the release tag', values.tag]);
  wanted['the release tag'] = `v${version}`;
}
const wrong = found.filter(([where, value]) => value !== wanted[where]);
for (const [where, value] of wrong) {
  console.error(`${where} says ${JSON.stringify(value)}, but package.json's version is ${version}.`);
}
if (wrong.some(([where]) => where.startsWith(BUNDLED_CLI))) {
  console.error('Rebuild the bundle (`npm run build`) and commit it with the version bump.');
}
if (wrong.length > 0) {
  process.exitCode = 1;
} else console.log(`Version ${version}: the bundle, lock file and release manifest agree.`);
