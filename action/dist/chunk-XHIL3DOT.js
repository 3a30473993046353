import { createRequire as __rollbookRequire } from 'node:module'; const require = __rollbookRequire(import.meta.url);
import {
  checkOutputDir
} from "./chunk-DGXKB7Y5.js";
import {
  reportConfigErrors
} from "./chunk-W4XWNS7A.js";
import {
  loadConfig
} from "./chunk-PRW37BDM.js";
import {
  EXIT,
  UsageError
} from "./chunk-DXW35SOZ.js";
import {
  idSlugWithin,
  reservedPlanName
} from "./chunk-PWZWRRNJ.js";
import {
  ID_PATTERN,
  MAX_ID_CHARS
} from "./chunk-4UT3FWL7.js";
import {
  DEFAULT_PLAN_PATHS
} from "./chunk-4EVLPBYK.js";
import "./chunk-ELWZLMOX.js";
import "./chunk-WBADEOUP.js";
import "./chunk-B2FHZXDX.js";
import "./chunk-NHGUQWO3.js";
import "./chunk-2Y4U2LYP.js";
import "./chunk-E2OZFMTG.js";
import {
  toDisplay
} from "./chunk-GX3IQWWC.js";
import "./chunk-DSNISORP.js";
import "./chunk-OOZIPJ2T.js";
import "./chunk-4AQ7M4HS.js";

// action/src/cli/commands/init.ts
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";

// action/src/plan/published-schemas.ts
var SCHEMA_MAJOR = 1;
var CDN = `https://cdn.jsdelivr.net/npm/rollbook@${SCHEMA_MAJOR}`;
function published(file) {
  return { file, url: `${CDN}/${file}` };
}
var PLAN_SCHEMA = published("action/schema/rollout-plan.schema.json");
var CONFIG_SCHEMA = published("action/schema/rollbook-config.schema.json");
var LESSON_SCHEMA = published("action/schema/lesson.schema.json");

// action/src/cli/scaffold.ts
function scaffoldPlan(name, schemaPath) {
  const title = name.split("-").map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(" ");
  return `# yaml-language-server: $schema=${schemaPath}
apiVersion: rollbook/v1
kind: RolloutPlan
metadata:
  name: ${name}
  title: ${title}
  owners: ["@your-team"]
  author: "@you"
  services: [your-service]
  tags: []
  links:
    - {title: Service dashboard, url: "https://grafana.example.com/d/your-service", kind: dashboard}
story:
  problem: What hurts today, and for whom.
  size: How big it is, in numbers (e.g. 2.1% of requests fail, 14,000 a day).
  solution: How this change fixes it.
  deliverables: [The new code path behind the flag ${name}]
  impact:
    - {kpi: request success rate, baseline: "97.9%", expect: ">= 99.5%", metric: success_rate}
flags:
  - {key: ${name}, description: Turns on the new code path, default: off}
compatibility:
  breaking: false
  mixedVersions: How old and new versions get along while both run during the deploy (what each reads and writes).
metrics:
  error_rate:
    provider: prometheus
    query: sum(rate(http_requests_total{service="your-service",code=~"5.."}[5m])) / sum(rate(http_requests_total{service="your-service"}[5m]))
    unit: ratio
    signal: negative
    window: 5m
  success_rate:
    provider: prometheus
    query: sum(rate(feature_success_total{flag="${name}"}[5m])) / sum(rate(feature_attempts_total{flag="${name}"}[5m]))
    unit: ratio
    signal: positive
    window: 5m
phases:
  - id: staging
    title: Staging, flag on for the team
    environment: staging
    strategy: flag-ramp
    steps:
      - id: deploy
        kind: binary
        do: Deploy the new version with the flag off.
        rollback: Redeploy the previous version.
      - id: enable
        kind: flag
        flag: ${name}
        ramp: [{percent: 100, cohort: staging}]
        do: Turn the flag on in staging.
        rollback: Turn the flag off.
    bake: 24h
    rehearsal: Turn the flag off and on again, and redeploy the previous version once.
    gates:
      - {check: integration-tests}
      - {metric: error_rate, max: 0.01}
  - id: canary
    title: Production canary, employees first
    environment: canary
    strategy: flag-ramp
    audience: 5% of users
    steps:
      - id: ramp
        kind: flag
        flag: ${name}
        ramp: [{percent: 1, cohort: employees}, {percent: 5, cohort: all users}]
        do: Ramp the flag to employees, then 5% of users.
        rollback: Set the flag to 0%.
    bake: 48h
    rehearsal: Set the flag to 0% once during the bake and watch the metrics recover.
    gates:
      - {metric: error_rate, compare: week-over-week, maxRegression: 5%}
      - {metric: success_rate, min: 0.99, rollbackAt: 0.95}
      - {signoff: ["@your-team/approvers"], count: 1}
  - id: production
    title: Everyone
    environment: production
    strategy: flag-ramp
    steps:
      - id: ramp
        kind: flag
        flag: ${name}
        ramp: [{percent: 25}, {percent: 50}, {percent: 100}]
        do: Ramp the flag to everyone in three stages.
        rollback: Set the flag back to the last good percentage, or to 0%.
    bake: 72h
    rehearsal: The canary rehearsal covers the same switch; repeat it if the flag system changed.
    gates:
      - {metric: error_rate, max: 0.01, rollbackAt: 0.05}
      - {metric: success_rate, min: 0.99}
      - {signoff: ["@your-team/approvers"], count: 1}
escalation:
  - {name: Service on-call, role: first responder, reach: "#your-service-oncall"}
policy:
  prefer: rollback
  keepOldData: Nothing changes data; the old version stays deployable.
readiness:
  upgrade:
    how: Deploy the new version with the flag off, then ramp the flag.
    downgrade: Turn the flag off; if that is not enough, redeploy the previous version. No data changes.
  versionSkew: Old and new versions serve side by side during the deploy; the flag stays off until all run the new one.
  scalability:
    load: What the change adds at full traffic (calls, requests, jobs), with numbers.
  troubleshooting:
    - {failure: Requests on the new code path fail., detect: error_rate rises in the gates., mitigate: Turn the flag off.}
  dependencies:
    - {name: Your flag system, ifUnavailable: Flags keep their last value; the ramp pauses.}
  monitoring:
    health: The success rate of the new code path holds and errors stay flat.
    metrics: [success_rate, error_rate]
`;
}

// action/src/cli/commands/init.ts
function schemaReference(cwd, planDir) {
  const local = resolve(cwd, PLAN_SCHEMA.file);
  return existsSync(local) ? relative(planDir, local).split(sep).join("/") : PLAN_SCHEMA.url;
}
var NOT_A_DIRECTORY = /[*?[\]{}]|\.ya?ml$/;
function defaultPlanDir(config) {
  return (config.plans ?? DEFAULT_PLAN_PATHS).find((entry) => !NOT_A_DIRECTORY.test(entry));
}
var initCommand = {
  name: "init",
  help: `Usage: rollbook init <name> [options]

Writes <dir>/<name>.rollout.yaml: a three-phase flag rollout (staging, canary, production)
that passes validation, with a schema line (the published JSON Schema) so editors complete and
document every key.

Options:
  --dir <dir>       where to write it (default: the first directory in \`plans\` of
                    rollbook.config.yaml, else ./playbooks, where validate, render and the
                    action look; created if missing)
  --force           overwrite an existing file
  --config <file>   configuration file (default ./rollbook.config.yaml if present)
  -h, --help        show this help

Exit codes: 0 written, 1 the configuration has errors, 2 bad usage (unknown option, bad name,
file exists).`,
  options: { dir: { type: "string" }, force: { type: "boolean" }, config: { type: "string" } },
  async run({ values, positionals }, io) {
    const [name, extra] = positionals;
    if (name === void 0) throw new UsageError("init needs a plan name, e.g. `rollbook init checkout-v2`");
    if (extra !== void 0) throw new UsageError("init takes one plan name");
    if (!new RegExp(ID_PATTERN).test(name) || name.length > MAX_ID_CHARS) {
      const slug = idSlugWithin(name, MAX_ID_CHARS);
      throw new UsageError(
        `"${name}" is not a plan name: use lower-case letters, digits and dashes (at most ${MAX_ID_CHARS})${slug ? `, e.g. \`rollbook init ${slug}\`` : ""}`
      );
    }
    const reserved = reservedPlanName(name);
    if (reserved) throw new UsageError(`${reserved}; choose another plan name, e.g. \`rollbook init checkout-v2\``);
    let target = values.dir;
    if (target === void 0) {
      const loaded = await loadConfig(io.cwd, values.config);
      if (reportConfigErrors(loaded, io, "fix the configuration, or pass --dir <directory>")) return EXIT.problems;
      target = defaultPlanDir(loaded.config);
      if (target === void 0) {
        throw new UsageError(
          "`plans` in rollbook.config.yaml names only globs and files; pass --dir <directory> to say where the plan goes"
        );
      }
    }
    await checkOutputDir(target, values.dir === void 0 ? `"${target}"` : `--dir "${target}"`, io.cwd);
    const dir = resolve(io.cwd, target);
    const file = join(dir, `${name}.rollout.yaml`);
    const display = toDisplay(file, io.cwd);
    if (existsSync(file) && !values.force) throw new UsageError(`${display} already exists (use --force to overwrite)`);
    const schema = schemaReference(io.cwd, dir);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, scaffoldPlan(name, schema), "utf8");
    io.stdout(`Wrote ${display}. Edit it, then run \`rollbook validate ${display}\`.
`);
    return EXIT.ok;
  }
};
export {
  defaultPlanDir,
  initCommand
};
