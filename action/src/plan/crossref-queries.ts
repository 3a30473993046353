// Cross-reference checks for metric queries and their variables: every `{placeholder}` in a
// query names something that has a value where the query runs, variables are declared with the
// values phases may give them, and a typo (`{windw}`) is an error at the placeholder itself, with
// a did-you-mean. What a placeholder is and how it is filled lives in query-template.ts.
import type { Finding } from './finding.ts';
import { effectiveWindow } from './gate-defaults.ts';
import { classifyGate } from './gate-kind.ts';
import type { DataPath } from './locate.ts';
import { own } from './own.ts';
import {
  phaseVariables,
  placeholdersIn,
  providerPlaceholders,
  RESERVED_VARIABLES,
  WINDOW_VARIABLE,
} from './query-template.ts';
import type { Gate, Metric, Phase, RolloutPlan } from './schema.ts';
import { closest, didYouMean, listOf } from './suggest.ts';

export function checkQueries(plan: RolloutPlan): Finding[] {
  return [
    ...checkDeclarations(plan),
    ...checkCatalogue(plan),
    ...plan.phases.flatMap((p, i) => checkPhase(plan, p, i)),
  ];
}

function declaredNames(plan: RolloutPlan): string[] {
  return Object.keys(plan.variables ?? {});
}

function checkDeclarations(plan: RolloutPlan): Finding[] {
  const out: Finding[] = [];
  for (const [name, variable] of Object.entries(plan.variables ?? {})) {
    if (RESERVED_VARIABLES.includes(name)) {
      out.push({
        path: ['variables', name],
        anchor: 'key',
        code: 'ref/reserved-variable',
        message: `"${name}" is a placeholder Rollbook fills in itself, so it cannot be a variable`,
        expected: `a name other than ${listOf([...RESERVED_VARIABLES])}`,
        hint: name === WINDOW_VARIABLE ? 'set `window:` on the metric or the gate instead' : 'rename the variable',
      });
    }
    if (variable.default !== undefined && !variable.values.includes(variable.default)) {
      out.push({
        path: ['variables', name, 'default'],
        code: 'ref/variable-value',
        message: `the default "${variable.default}" is not one of the values of {${name}}`,
        expected: `one of ${listOf(variable.values)}`,
        hint: didYouMean(variable.default, variable.values) ?? 'add it to `values:`',
      });
    }
  }
  return out;
}

/** What may stand between braces in a query of this provider. */
function knownNames(plan: RolloutPlan, provider: Metric['provider']): string[] {
  return [WINDOW_VARIABLE, ...declaredNames(plan), ...providerPlaceholders(provider)];
}

/** Unknown placeholders in one query text, each at its own position. */
function unknownPlaceholders(plan: RolloutPlan, text: string, provider: Metric['provider'], path: DataPath): Finding[] {
  const known = knownNames(plan, provider);
  const knownSet = new Set(known);
  const declared = declaredNames(plan);
  const seen = new Map<string, number>();
  const out: Finding[] = [];
  for (const placeholder of placeholdersIn(text)) {
    const occurrence = seen.get(placeholder.text) ?? 0;
    seen.set(placeholder.text, occurrence + 1);
    if (knownSet.has(placeholder.name)) continue;
    const near = closest(placeholder.name, known);
    out.push({
      path,
      within: { text: placeholder.text, occurrence },
      code: 'ref/unknown-placeholder',
      message: `the query uses ${placeholder.text}, which is neither {window} nor a declared variable`,
      expected: `one of ${known.map((n) => `{${n}}`).join(', ')}`,
      hint:
        near !== undefined
          ? `did you mean {${near}}?`
          : declared.length === 0
            ? `declare it under the plan's \`variables:\` (e.g. \`${placeholder.name}: {values: [a, b]}\`) and set it in each phase`
            : `declare it under \`variables:\` beside ${declared.join(', ')}`,
    });
  }
  return out;
}

function checkCatalogue(plan: RolloutPlan): Finding[] {
  return Object.entries(plan.metrics).flatMap(([name, metric]) =>
    unknownPlaceholders(plan, metric.query, metric.provider, ['metrics', name, 'query']),
  );
}

function checkPhase(plan: RolloutPlan, phase: Phase, p: number): Finding[] {
  const out: Finding[] = [];
  const phasePath: DataPath = ['phases', p];
  const declared = declaredNames(plan);
  for (const [name, value] of Object.entries(phase.variables ?? {})) {
    const variable = own(plan.variables ?? {}, name);
    if (!variable) {
      out.push({
        path: [...phasePath, 'variables', name],
        anchor: 'key',
        code: 'ref/unknown-variable',
        message: `phase "${phase.id}" sets {${name}}, which the plan does not declare`,
        expected: declared.length ? `one of ${listOf(declared)}` : "a variable declared under the plan's `variables:`",
        hint: didYouMean(name, declared) ?? `declare it: \`variables: {${name}: {values: [${value}]}}\``,
      });
    } else if (!variable.values.includes(value)) {
      out.push({
        path: [...phasePath, 'variables', name],
        code: 'ref/variable-value',
        message: `phase "${phase.id}" sets {${name}} to "${value}", which is not one of its declared values`,
        expected: `one of ${listOf(variable.values)}`,
        hint: didYouMean(value, variable.values) ?? `add "${value}" to \`variables.${name}.values\``,
      });
    }
  }
  (phase.gates ?? []).forEach((gate, g) => {
    out.push(...checkGateQueries(plan, phase, gate, [...phasePath, 'gates', g]));
  });
  return out;
}

function checkGateQueries(plan: RolloutPlan, phase: Phase, gate: Gate, gatePath: DataPath): Finding[] {
  const classified = classifyGate(gate);
  if (classified?.kind !== 'metric') return [];
  const metric = own(plan.metrics, classified.gate.metric);
  if (!metric) return [];
  const out: Finding[] = [];
  const texts: { text: string; path: DataPath; own: boolean }[] = [
    gate.query === undefined
      ? { text: metric.query, path: [...gatePath, 'metric'], own: false }
      : { text: gate.query, path: [...gatePath, 'query'], own: true },
  ];
  if (gate.baseline !== undefined) texts.push({ text: gate.baseline, path: [...gatePath, 'baseline'], own: true });
  const variables = phaseVariables(plan, phase);
  const window = effectiveWindow(gate, metric);
  const known = knownNames(plan, metric.provider);
  for (const { text, path, own: gateOwn } of texts) {
    // The catalogue's queries are checked once, in checkCatalogue; the gate's own here.
    if (gateOwn) out.push(...unknownPlaceholders(plan, text, metric.provider, path));
    const missing = new Set<string>();
    for (const { name, text: written } of placeholdersIn(text)) {
      if (!known.includes(name) || providerPlaceholders(metric.provider).includes(name)) continue;
      if (name === WINDOW_VARIABLE ? window !== undefined : variables.has(name)) continue;
      if (missing.has(name)) continue;
      missing.add(name);
      out.push(unsetFinding(plan, phase, name, written, path, gateOwn ? 'its query' : `metric ${gate.metric}'s query`));
    }
  }
  return out;
}

function unsetFinding(
  plan: RolloutPlan,
  phase: Phase,
  name: string,
  written: string,
  path: DataPath,
  where: string,
): Finding {
  if (name === WINDOW_VARIABLE) {
    return {
      path,
      code: 'ref/window-unset',
      message: `${where} uses {window}, but neither the gate nor the metric sets \`window:\``,
      expected: '`window:` such as `15m` on the metric or on this gate',
      hint: 'add `window: 15m` to the metric, or to this gate to override it here',
    };
  }
  const values = own(plan.variables ?? {}, name)?.values ?? [];
  return {
    path,
    code: 'ref/variable-unset',
    message: `${where} uses ${written}, but phase "${phase.id}" gives {${name}} no value`,
    expected: `\`variables: {${name}: …}\` on the phase, one of ${listOf(values)}`,
    hint: `add \`variables: {${name}: ${values[0] ?? 'value'}}\` to phase "${phase.id}", or a \`default:\` to the declaration`,
  };
}
