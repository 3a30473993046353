// Checks JSON Schema cannot express: references between parts of a plan, unique ids, and
// fields that only make sense together. These are errors, not policy: a plan that fails them
// cannot be rendered or tracked. Policy lives in lint/.

import { plural } from '../text/plural.ts';
import { isRealDay } from '../time/day.ts';
import { rampExposure, rampText } from './audience.ts';
import { calendarDateHint } from './calendar-date-hint.ts';
import { checkQueries } from './crossref-queries.ts';
import type { Finding } from './finding.ts';
import { compareMode } from './gate-defaults.ts';
import { classifyGate, gateKindsOf, METRIC_ONLY_FIELDS } from './gate-kind.ts';
import { checkMaxRegressionRead, checkThresholdOrder, hasThreshold, THRESHOLD_ORDER_CODE } from './gate-thresholds.ts';
import type { DataPath } from './locate.ts';
import { metricDirection } from './metric-direction.ts';
import { own } from './own.ts';
import { reservedPlanName } from './reserved-names.ts';
import { findingInFile, type SalvagedPlan } from './salvage.ts';
import { checkSchedule } from './schedule-check.ts';
import { ENVIRONMENT_ORDER, type Gate, type Phase, type RampStage, type RolloutPlan } from './schema.ts';
import { checkStages } from './stages.ts';
import { didYouMean, listOf } from './suggest.ts';

/**
 * A stage reaches less than the one before: compared on the whole population when their units
 * differ and both can be sized (100% of a 6% cell, then 25% of requests, grows), else as written.
 */
function rampGoesDown(phase: Phase, before: RampStage, stage: RampStage): boolean {
  const a = rampExposure(phase, before);
  const b = rampExposure(phase, stage);
  if (a.of !== b.of && a.overall !== undefined && b.overall !== undefined) return b.overall < a.overall;
  return stage.percent < before.percent;
}

function duplicates<T>(
  items: readonly T[],
  idOf: (item: T) => string,
  at: (index: number) => DataPath,
  what: string,
): Finding[] {
  const firstSeen = new Map<string, number>();
  const out: Finding[] = [];
  items.forEach((item, index) => {
    const id = idOf(item);
    const first = firstSeen.get(id);
    if (first === undefined) firstSeen.set(id, index);
    else
      out.push({
        path: at(index),
        code: 'ref/duplicate-id',
        message: `${what} "${id}" is defined twice`,
        firstAt: at(first),
        expected: `a unique ${what}`,
        hint: `rename one of them; ids are how Rollbook keeps ticks and history, so keep the one already in use`,
      });
  });
  return out;
}

function checkGate(plan: RolloutPlan, gate: Gate, path: DataPath): Finding[] {
  const out: Finding[] = [];
  const kinds = gateKindsOf(gate);
  if (kinds.length !== 1) {
    out.push({
      path,
      code: 'ref/gate-kind',
      message: kinds.length === 0 ? 'this gate says nothing to check' : `this gate mixes ${kinds.join(' and ')}`,
      expected: 'exactly one of metric, check, signoff or manual',
      hint: kinds.length === 0 ? 'add e.g. `metric: error_rate` with `max:`' : 'split it into one gate per kind',
    });
    return out;
  }
  const classified = classifyGate(gate)!;
  const metricNames = Object.keys(plan.metrics);
  if (classified.kind === 'metric') {
    const { metric } = classified.gate;
    const catalogued = own(plan.metrics, metric);
    if (catalogued === undefined) {
      out.push({
        path: [...path, 'metric'],
        code: 'ref/unknown-metric',
        message: `gate refers to metric "${metric}", which is not in the metrics catalogue`,
        expected: metricNames.length ? `one of ${listOf(metricNames)}` : 'a metric defined under `metrics:`',
        hint: didYouMean(metric, metricNames) ?? 'define it under `metrics:` first',
      });
    }
    const compare = compareMode(gate);
    if (compare === 'absolute' && !hasThreshold(gate)) {
      out.push({
        path,
        code: 'ref/gate-threshold',
        message: 'this absolute metric gate has no threshold',
        expected: '`max:`, `min:` or `rollbackAt:`',
        hint: 'add `max: 0.001` (hold above) or `min: 0.98` (hold below)',
      });
    }
    if (compare !== 'absolute' && gate.maxRegression === undefined) {
      out.push({
        path,
        code: 'ref/gate-threshold',
        message: `a ${compare} gate needs the regression it tolerates`,
        expected: '`maxRegression:` such as `10%`',
        hint: 'add `maxRegression: 10%`',
      });
    }
    const known = catalogued === undefined ? undefined : { name: metric, direction: metricDirection(catalogued) };
    out.push(...checkThresholdOrder(gate, known, path));
    out.push(...checkMaxRegressionRead(gate, path, 'ref/gate-field'));
    if (compare === 'baseline' && gate.baseline === undefined) {
      out.push({
        path,
        code: 'ref/gate-baseline',
        message: 'a baseline gate needs the control query to compare against',
        expected: '`baseline:` with a query for the stable fleet or control group',
        hint: 'add e.g. `baseline: sum(rate(errors{track="stable"}[1h]))`',
      });
    }
    if (compare !== 'baseline' && gate.baseline !== undefined) {
      out.push({
        path: [...path, 'baseline'],
        anchor: 'key',
        code: 'ref/gate-field',
        message: '`baseline:` is only read when `compare: baseline`',
        expected: '`compare: baseline`, or no `baseline:`',
        hint: 'add `compare: baseline` or remove the baseline query',
      });
    }
  } else {
    for (const field of METRIC_ONLY_FIELDS) {
      if (gate[field] !== undefined) {
        out.push({
          path: [...path, field],
          anchor: 'key',
          code: 'ref/gate-field',
          message: `\`${field}:\` only applies to metric gates`,
          expected: `a metric gate, or no \`${field}:\``,
          hint: `remove \`${field}:\` or make this a metric gate`,
        });
      }
    }
  }
  if (gate.count !== undefined && classified.kind !== 'signoff') {
    out.push({
      path: [...path, 'count'],
      anchor: 'key',
      code: 'ref/gate-field',
      message: '`count:` only applies to sign-off gates',
      expected: 'a `signoff:` list',
      hint: 'remove `count:`, or make this a sign-off gate: `{signoff: ["@a", "@b"], count: 1}`',
    });
  }
  if (classified.kind === 'signoff' && gate.count !== undefined) {
    const approvers = classified.gate.signoff;
    const onlyUsers = approvers.every((h) => !h.includes('/'));
    if (onlyUsers && gate.count > approvers.length) {
      out.push({
        path: [...path, 'count'],
        code: 'ref/signoff-count',
        message: `needs ${plural(gate.count, 'sign-off')} but names only ${plural(approvers.length, 'approver')}`,
        expected: `a count of at most ${approvers.length}, or a team of approvers`,
        hint: 'lower the count or add approvers (a team such as @org/sre-leads counts each member)',
      });
    }
  }
  return out;
}

export function crossReference(plan: RolloutPlan): Finding[] {
  const out: Finding[] = [];
  const flagKeys = (plan.flags ?? []).map((f) => f.key);
  const migrationIds = (plan.compatibility.migrations ?? []).map((m) => m.id);
  const metricNames = Object.keys(plan.metrics);
  const phaseIds = plan.phases.map((p) => p.id);

  const reserved = reservedPlanName(plan.metadata.name);
  if (reserved) {
    out.push({
      path: ['metadata', 'name'],
      code: 'ref/reserved-name',
      message: `${reserved}, so a plan called so has no runbook`,
      expected: 'a plan name other than "index"',
      hint: 'name the plan after what it rolls out, e.g. "checkout-v2"; the name is its id in labels and links',
    });
  }

  out.push(
    ...duplicates(
      plan.phases,
      (p) => p.id,
      (i) => ['phases', i, 'id'],
      'phase id',
    ),
  );
  out.push(
    ...duplicates(
      plan.flags ?? [],
      (f) => f.key,
      (i) => ['flags', i, 'key'],
      'flag key',
    ),
  );
  out.push(
    ...duplicates(
      plan.freezes ?? [],
      (f) => f.name,
      (i) => ['freezes', i, 'name'],
      'freeze name',
    ),
  );
  out.push(
    ...duplicates(
      plan.compatibility.migrations ?? [],
      (m) => m.id,
      (i) => ['compatibility', 'migrations', i, 'id'],
      'migration id',
    ),
  );

  plan.story.impact.forEach((impact, i) => {
    if (impact.metric !== undefined && own(plan.metrics, impact.metric) === undefined) {
      out.push({
        path: ['story', 'impact', i, 'metric'],
        code: 'ref/unknown-metric',
        message: `impact refers to metric "${impact.metric}", which is not in the metrics catalogue`,
        expected: metricNames.length ? `one of ${listOf(metricNames)}` : 'a metric defined under `metrics:`',
        hint: didYouMean(impact.metric, metricNames) ?? 'define it under `metrics:` first, or remove `metric:`',
      });
    }
  });

  (plan.readiness?.monitoring?.metrics ?? []).forEach((metric, i) => {
    if (own(plan.metrics, metric) === undefined) {
      out.push({
        path: ['readiness', 'monitoring', 'metrics', i],
        code: 'ref/unknown-metric',
        message: `readiness monitoring names metric "${metric}", which is not in the metrics catalogue`,
        expected: metricNames.length ? `one of ${listOf(metricNames)}` : 'a metric defined under `metrics:`',
        hint: didYouMean(metric, metricNames) ?? 'define it under `metrics:` first',
      });
    }
  });

  (plan.freezes ?? []).forEach((freeze, i) => {
    const at: DataPath = ['freezes', i];
    const dated = freeze.from !== undefined || freeze.to !== undefined;
    if (!dated && !freeze.every) {
      out.push({
        path: at,
        code: 'ref/freeze-when',
        message: `freeze "${freeze.name}" never applies`,
        expected: '`from:` and `to:` dates, or `every:` weekdays',
        hint: 'add `from: 2026-12-20` and `to: 2027-01-04`, or `every: [fri]`',
      });
    }
    if (dated && (freeze.from === undefined || freeze.to === undefined)) {
      out.push({
        path: at,
        code: 'ref/freeze-when',
        message: `freeze "${freeze.name}" has ${freeze.from ? 'a start but no end' : 'an end but no start'}`,
        expected: 'both `from:` and `to:`',
        hint: `add \`${freeze.from ? 'to' : 'from'}:\` (YYYY-MM-DD), or use \`every:\` for a freeze that recurs`,
      });
    }
    for (const key of ['from', 'to'] as const) {
      const value = freeze[key];
      if (value !== undefined && !isRealDay(value)) {
        out.push({
          path: [...at, key],
          code: 'ref/bad-date',
          message: `${value} is not a calendar date`,
          expected: 'a real date, YYYY-MM-DD',
          hint: calendarDateHint(value),
        });
      }
    }
    if (freeze.from && freeze.to && isRealDay(freeze.from) && isRealDay(freeze.to) && freeze.from > freeze.to) {
      out.push({
        path: [...at, 'to'],
        code: 'ref/freeze-when',
        message: `freeze "${freeze.name}" ends (${freeze.to}) before it starts (${freeze.from})`,
        expected: '`to:` on or after `from:`',
        hint: 'swap `from:` and `to:`, or correct the date that is wrong',
      });
    }
  });

  let furthest = -1;
  let furthestPhase = '';
  plan.phases.forEach((phase, p) => {
    const phasePath: DataPath = ['phases', p];
    const rank = ENVIRONMENT_ORDER.indexOf(phase.environment);
    if (rank < furthest) {
      out.push({
        path: [...phasePath, 'environment'],
        code: 'ref/phase-order',
        message: `phase "${phase.id}" goes back to ${phase.environment} after phase "${furthestPhase}" reached ${ENVIRONMENT_ORDER[furthest]}`,
        expected: `phases ordered by growing blast radius: ${ENVIRONMENT_ORDER.join(' → ')}`,
        hint: 'move this phase earlier, or split the plan',
      });
    } else if (rank > furthest) {
      furthest = rank;
      furthestPhase = phase.id;
    }
    out.push(
      ...duplicates(
        phase.steps,
        (s) => s.id,
        (i) => [...phasePath, 'steps', i, 'id'],
        'step id',
      ),
    );
    const checklistIds = (phase.checklist ?? []).flatMap((item, i) =>
      typeof item === 'string' ? [] : [{ id: item.id, i }],
    );
    out.push(
      ...duplicates(
        checklistIds,
        (c) => c.id,
        (i) => [...phasePath, 'checklist', checklistIds[i]!.i, 'id'],
        'checklist id',
      ),
    );
    const gateIds = (phase.gates ?? []).flatMap((g, i) => (g.id ? [{ id: g.id, i }] : []));
    out.push(
      ...duplicates(
        gateIds,
        (g) => g.id,
        (i) => [...phasePath, 'gates', gateIds[i]!.i, 'id'],
        'gate id',
      ),
    );

    phase.steps.forEach((step, s) => {
      const stepPath: DataPath = [...phasePath, 'steps', s];
      if (step.kind === 'flag') {
        if (step.flag === undefined) {
          out.push({
            path: stepPath,
            code: 'ref/flag-step',
            message: `flag step "${step.id}" does not say which flag it changes`,
            expected: flagKeys.length
              ? `\`flag:\` with one of ${listOf(flagKeys)}`
              : '`flag:` naming a flag from `flags:`',
            hint: 'add `flag: <key>` and a `ramp:`',
          });
        }
        if (step.ramp === undefined) {
          out.push({
            path: stepPath,
            code: 'ref/flag-step',
            message: `flag step "${step.id}" has no ramp`,
            expected: '`ramp:` — a list of `{percent, cohort}`',
            hint: 'add `ramp: [{percent: 1, cohort: employees}]`',
          });
        }
      } else {
        for (const field of ['flag', 'ramp'] as const) {
          if (step[field] !== undefined) {
            out.push({
              path: [...stepPath, field],
              anchor: 'key',
              code: 'ref/step-field',
              message: `\`${field}:\` only applies to steps of kind flag, but this step is ${step.kind}`,
              expected: '`kind: flag`',
              hint: 'set `kind: flag`, or remove the field',
            });
          }
        }
      }
      if (step.flag !== undefined && !flagKeys.includes(step.flag)) {
        out.push({
          path: [...stepPath, 'flag'],
          code: 'ref/unknown-flag',
          message: `step refers to flag "${step.flag}", which is not declared under \`flags:\``,
          expected: flagKeys.length ? `one of ${listOf(flagKeys)}` : 'a flag declared under `flags:`',
          hint: didYouMean(step.flag, flagKeys) ?? 'declare it under `flags:` with `default: off`',
        });
      }
      if (step.ramp) {
        step.ramp.forEach((stage, r) => {
          const before = step.ramp![r - 1];
          if (before && rampGoesDown(phase, before, stage)) {
            out.push({
              path: [...stepPath, 'ramp', r, 'percent'],
              code: 'ref/ramp-order',
              message: `the ramp goes down from ${rampText(before)} to ${rampText(stage)}`,
              expected: 'percentages that grow step by step',
              hint: 'a ramp-down is a rollback: describe it under `rollback:`',
            });
          }
        });
      }
      if (step.kind === 'migration') {
        if (step.migration === undefined) {
          out.push({
            path: stepPath,
            code: 'ref/migration-step',
            message: `migration step "${step.id}" does not say which migration it runs`,
            expected: migrationIds.length
              ? `\`migration:\` with one of ${listOf(migrationIds)}`
              : '`migration:` naming an entry of compatibility.migrations',
            hint: 'describe the migration under `compatibility.migrations` (throttle, backup) and reference its id',
          });
        }
      }
      if (step.migration !== undefined && !migrationIds.includes(step.migration)) {
        out.push({
          path: [...stepPath, 'migration'],
          code: 'ref/unknown-migration',
          message: `step refers to migration "${step.migration}", which is not under compatibility.migrations`,
          expected: migrationIds.length
            ? `one of ${listOf(migrationIds)}`
            : 'a migration under compatibility.migrations',
          hint: didYouMean(step.migration, migrationIds),
        });
      }
    });
    (phase.gates ?? []).forEach((gate, g) => {
      out.push(...checkGate(plan, gate, [...phasePath, 'gates', g]));
    });
    out.push(...checkStages(phase, phasePath));
  });

  out.push(...checkQueries(plan));

  (plan.waive ?? []).forEach((waiver, w) => {
    const at: DataPath = ['waive', w];
    if ((waiver.rule === undefined) === (waiver.lesson === undefined)) {
      out.push({
        path: at,
        code: 'ref/waiver',
        message: 'a waiver names exactly one rule or one lesson',
        expected: '`rule: <rule id>` or `lesson: <lesson id>`, with a `reason:`',
        hint: 'give each rule or lesson its own entry under `waive:`; `rollbook explain` lists the rules',
      });
    }
    (waiver.phases ?? []).forEach((id, i) => {
      if (!phaseIds.includes(id)) {
        out.push({
          path: [...at, 'phases', i],
          code: 'ref/unknown-phase',
          message: `waiver names phase "${id}", which this plan does not have`,
          expected: `one of ${listOf(phaseIds)}`,
          hint: didYouMean(id, phaseIds),
        });
      }
    });
  });
  out.push(...checkSchedule(plan));
  return out;
}

/**
 * The cross-reference checks that may run on the valid rest of a plan with schema errors
 * (plan/salvage.ts, ADR 34), with the top-level parts each resolves its references in. A
 * finding of a check not listed, or one whose parts lost something to the cut (a metric removed
 * for a bad field is not "unknown" to the gate naming it), is left out: it could describe the
 * cut, not the plan. The others stay inside the part they point at, which findingInFile checks.
 */
const ON_SALVAGED_PLAN: Readonly<Record<string, readonly (keyof RolloutPlan)[]>> = {
  'ref/unknown-metric': ['metrics'],
  'ref/unknown-flag': ['flags'],
  'ref/unknown-migration': ['compatibility'],
  'ref/unknown-phase': ['phases'],
  'ref/duplicate-id': [],
  'ref/reserved-name': ['metadata'],
  'ref/gate-kind': [],
  'ref/gate-field': [],
  'ref/gate-threshold': [],
  'ref/gate-baseline': [],
  'ref/signoff-count': [],
  'ref/flag-step': [],
  'ref/migration-step': [],
  'ref/step-field': [],
  'ref/ramp-order': [],
  // Which side is good comes from the catalogue.
  [THRESHOLD_ORDER_CODE]: ['metrics'],
};

/** crossReference on a salvaged plan: its findings that describe the plan, at the file's paths. */
export function crossReferenceSalvaged(salvaged: SalvagedPlan): Finding[] {
  const cutParts = new Set<unknown>(salvaged.removed.map((path) => path[0]));
  const out: Finding[] = [];
  for (const finding of crossReference(salvaged.plan)) {
    const parts = Object.hasOwn(ON_SALVAGED_PLAN, finding.code) ? ON_SALVAGED_PLAN[finding.code]! : undefined;
    if (parts === undefined || parts.some((part) => cutParts.has(part))) continue;
    const inFile = findingInFile(salvaged, finding);
    if (inFile) out.push(inFile);
  }
  return out;
}
