// Advisories against the packages compiled into Rollbook's bundles: what users run. Every one of
// them is a devDependency (the package ships the bundle and has no dependencies, ADR 18), so
// `npm audit --omit=dev` has nothing to look at and a plain `npm audit` also reports the test and
// build tools. This runs `npm audit --json` on the lockfile, as npm would (npm matches versions
// against each advisory's range), and keeps what it found on a package path listed in
// action/dist/bundled-packages.json. Fails on a high or critical advisory there; lower ones are
// listed. Prints only the severity, the package and the advisory's GitHub id, never the registry's
// free text. `npm run audit:bundled`; the weekly audit workflow runs it. ADR 77.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { isRecord } from '../action/src/runtime/is-record.ts';
import { BUNDLED_PACKAGES_FILE, type BundledPackage, DIST, ROOT } from './bundle.ts';

/** Severities that fail the check; npm's scale is info, low, moderate, high, critical. */
export const FAILING_SEVERITIES: ReadonlySet<string> = new Set(['high', 'critical']);
const SEVERITY_ORDER = ['critical', 'high', 'moderate', 'low', 'info'];
/** `npm audit --json` of a large tree is a few MB; anything bigger is not a report. */
const MAX_REPORT_BYTES = 64 * 1024 * 1024;
/** How an advisory's address must look for its id to be printed. */
const ADVISORY_URL = /^https:\/\/github\.com\/advisories\/(GHSA(?:-[23456789cfghjmpqrvwx]{4}){3})$/;

/** An advisory npm found on a bundled package. */
export interface BundledAdvisory {
  severity: string;
  /** `name@version` as bundled. */
  pkg: string;
  path: string;
  /** `GHSA-xxxx-xxxx-xxxx`, or npm's numeric id when the address is not GitHub's. */
  advisory: string;
}

/**
 * The advisories of an `npm audit --json` report (format 2) that npm matched on a bundled
 * package's own path, most severe first. A package that is only vulnerable through one of its
 * dependencies (npm's `via` names) is left out here: that dependency is listed itself when it is
 * bundled, and is not shipped when it is not.
 */
export function bundledAdvisories(report: unknown, packages: readonly BundledPackage[]): BundledAdvisory[] {
  if (!isRecord(report) || report.auditReportVersion !== 2 || !isRecord(report.vulnerabilities)) {
    throw new Error('not an npm audit report (format 2)');
  }
  const byPath = new Map(packages.map((p) => [p.path, p]));
  const found: BundledAdvisory[] = [];
  for (const vulnerability of Object.values(report.vulnerabilities)) {
    if (!isRecord(vulnerability) || !Array.isArray(vulnerability.nodes) || !Array.isArray(vulnerability.via)) continue;
    const bundled = vulnerability.nodes.flatMap((node) => (typeof node === 'string' ? (byPath.get(node) ?? []) : []));
    for (const via of vulnerability.via) {
      if (!isRecord(via) || typeof via.severity !== 'string' || !SEVERITY_ORDER.includes(via.severity)) continue;
      const url = typeof via.url === 'string' ? ADVISORY_URL.exec(via.url) : null;
      const advisory = url
        ? url[1]!
        : `npm advisory ${Number.isSafeInteger(via.source) ? via.source : 'without an id'}`;
      for (const p of bundled) {
        if (via.name !== p.name) continue;
        found.push({ severity: via.severity, pkg: `${p.name}@${p.version}`, path: p.path, advisory });
      }
    }
  }
  const rank = (a: BundledAdvisory) => SEVERITY_ORDER.indexOf(a.severity);
  return found.sort(
    (a, b) => rank(a) - rank(b) || a.pkg.localeCompare(b.pkg, 'en') || a.advisory.localeCompare(b.advisory, 'en'),
  );
}

export function readBundledPackages(dist = DIST): BundledPackage[] {
  const parsed: unknown = JSON.parse(readFileSync(join(dist, BUNDLED_PACKAGES_FILE), 'utf8'));
  if (!isRecord(parsed) || !Array.isArray(parsed.packages))
    throw new Error(`${BUNDLED_PACKAGES_FILE} has no package list`);
  return parsed.packages as BundledPackage[];
}

const HELP = `Usage: npm run audit:bundled [-- --registry <url>]

Checks the packages compiled into action/dist (listed in ${BUNDLED_PACKAGES_FILE}) for
advisories with npm audit. Exits 1 on a high or critical one, 2 when npm could not audit.`;

function main(): number {
  const { values } = parseArgs({ options: { registry: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const packages = readBundledPackages();
  const npm = process.env.npm_execpath;
  const args = ['audit', '--json', ...(values.registry ? ['--registry', values.registry] : [])];
  // Under `npm run`, npm_execpath is npm's own CLI script; run it with this Node, as npm would.
  const run = npm?.endsWith('.js')
    ? spawnSync(process.execPath, [npm, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: MAX_REPORT_BYTES })
    : spawnSync('npm', args, { cwd: ROOT, encoding: 'utf8', maxBuffer: MAX_REPORT_BYTES });
  let report: unknown;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    report = undefined;
  }
  // npm exits 1 when it found anything at all; an error report has no `vulnerabilities`.
  if (!isRecord(report) || report.auditReportVersion !== 2) {
    console.error(`npm audit gave no report (exit ${run.status ?? run.signal}). Run \`npm audit\` to see why.`);
    return 2;
  }
  const found = bundledAdvisories(report, packages);
  for (const a of found) console.log(`${a.severity.padEnd(8)} ${a.pkg} (${a.path}): ${a.advisory}`);
  const failing = found.filter((a) => FAILING_SEVERITIES.has(a.severity));
  if (failing.length > 0) {
    console.error(
      `${failing.length} high or critical ${failing.length === 1 ? 'advisory' : 'advisories'} in the bundled packages: update them (npm update <name>), then npm run build.`,
    );
    return 1;
  }
  console.log(`No high or critical advisories in the ${packages.length} bundled packages (${found.length} lower).`);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    process.exitCode = main();
  } catch (error) {
    console.error(`audit:bundled: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  }
}
