// Links between the plans of a repository: a phase's `dependsOn: [other-plan/phase]` and a
// deprecation stage's `plan:`. Checked across every plan (workspace/check-plans.ts gathers the
// facts while each file's positions are at hand, then calls checkLinks once): an unknown plan or
// phase is positioned, with a did-you-mean; a deprecation stage carried out in another repository
// says so with `repository:`; dependencies may not form a cycle. Pure.
import type { Diagnostic, Position } from '../diagnostics/diagnostic.ts';
import type { Locator } from './locate.ts';
import type { RolloutPlan } from './schema.ts';
import { didYouMean } from './suggest.ts';

/** Plan names listed in an `expected:`; more are summarised. */
const MAX_LISTED_PLANS = 8;

export interface PhaseLink {
  /** The phase of this plan that waits. */
  phase: string;
  plan: string;
  otherPhase: string;
  /** The whole `plan/phase` text, then its two halves. */
  position: Position;
  planPosition: Position;
  phasePosition: Position;
}

export interface StageLink {
  stage: string;
  plan: string;
  /** Set when the stage's plan lives in another repository: nothing to check here. */
  repository?: string;
  position: Position;
}

/** What checkLinks needs of one plan: small, so a big repository's plans need not stay in memory. */
export interface PlanLinkFacts {
  file: string;
  name: string;
  phases: string[];
  dependencies: PhaseLink[];
  stages: StageLink[];
}

/** `plan/phase` split; undefined when it is not one. */
export function parsePhaseRef(ref: string): { plan: string; phase: string } | undefined {
  const slash = ref.indexOf('/');
  if (slash <= 0 || slash === ref.length - 1) return undefined;
  return { plan: ref.slice(0, slash), phase: ref.slice(slash + 1) };
}

/** The text [from, from + length) of a one-line position; the whole position when it spans lines. */
function part(position: Position, from: number, length: number): Position {
  if (position.line !== position.endLine) return position;
  const column = position.column + from;
  return { line: position.line, column, endLine: position.line, endColumn: column + length };
}

export function linkFacts(file: string, plan: RolloutPlan, locator: Locator): PlanLinkFacts {
  const dependencies: PhaseLink[] = [];
  plan.phases.forEach((phase, p) => {
    (phase.dependsOn ?? []).forEach((ref, d) => {
      const parsed = parsePhaseRef(ref);
      if (!parsed) return;
      const position = locator.locate(['phases', p, 'dependsOn', d], 'value', { text: ref, occurrence: 0 });
      dependencies.push({
        phase: phase.id,
        plan: parsed.plan,
        otherPhase: parsed.phase,
        position,
        planPosition: part(position, 0, parsed.plan.length),
        phasePosition: part(position, parsed.plan.length + 1, parsed.phase.length),
      });
    });
  });
  const stages: StageLink[] = [];
  (plan.compatibility.deprecation ?? []).forEach((stage, s) => {
    if (stage.plan === undefined) return;
    const link: StageLink = {
      stage: stage.stage,
      plan: stage.plan,
      position: locator.locate(['compatibility', 'deprecation', s, 'plan']),
    };
    if (stage.repository !== undefined) link.repository = stage.repository;
    stages.push(link);
  });
  return { file, name: plan.metadata.name, phases: plan.phases.map((p) => p.id), dependencies, stages };
}

/** Does any plan refer to a plan that is not among `names`? Then the caller looks further (other files). */
export function unresolvedPlans(facts: readonly PlanLinkFacts[], names: ReadonlySet<string>): boolean {
  return facts.some(
    (f) =>
      f.dependencies.some((d) => !names.has(d.plan)) ||
      f.stages.some((s) => s.repository === undefined && !names.has(s.plan)),
  );
}

function listPlans(names: readonly string[]): string {
  const shown = names.slice(0, MAX_LISTED_PLANS).join(', ');
  return names.length > MAX_LISTED_PLANS ? `${shown} and ${names.length - MAX_LISTED_PLANS} more` : shown;
}

/**
 * Diagnostics for the links of `facts`, by file. `known` holds the phases of every plan of the
 * repository by name: the checked ones and any others the caller read (at least the checked ones).
 */
export function checkLinks(
  facts: readonly PlanLinkFacts[],
  known: ReadonlyMap<string, readonly string[]>,
): Map<string, Diagnostic[]> {
  const out = new Map<string, Diagnostic[]>();
  const push = (file: string, diagnostic: Omit<Diagnostic, 'file'>) => {
    const list = out.get(file) ?? [];
    list.push({ file, ...diagnostic });
    out.set(file, list);
  };
  const names = [...known.keys()].sort();
  const unknownPlan = (plan: string) => ({
    expected: names.length ? `a plan of this repository: ${listPlans(names)}` : 'a plan of this repository',
    suggestion: didYouMean(plan, names),
  });

  for (const f of facts) {
    for (const d of f.dependencies) {
      if (d.plan === f.name) {
        push(f.file, {
          ...d.planPosition,
          severity: 'error',
          code: 'ref/dependency-same-plan',
          message: `phase "${d.phase}" depends on ${d.plan}/${d.otherPhase}, a phase of this same plan`,
          expected: 'a phase of another plan; the phases of one plan already run in order',
          hint: 'remove it, or move the phase so it comes after',
        });
        continue;
      }
      const phases = known.get(d.plan);
      if (!phases) {
        const { expected, suggestion } = unknownPlan(d.plan);
        push(f.file, {
          ...d.planPosition,
          severity: 'error',
          code: 'ref/unknown-plan',
          message: `phase "${d.phase}" depends on plan "${d.plan}", which is not a plan of this repository`,
          expected,
          hint: suggestion ?? 'plans are the *.rollout.yaml files under `plans:` of rollbook.config.yaml',
        });
        continue;
      }
      if (!phases.includes(d.otherPhase)) {
        push(f.file, {
          ...d.phasePosition,
          severity: 'error',
          code: 'ref/unknown-phase',
          message: `phase "${d.phase}" depends on phase "${d.otherPhase}" of plan ${d.plan}, which has no such phase`,
          expected: `a phase of ${d.plan}: ${phases.join(', ')}`,
          hint: didYouMean(d.otherPhase, phases) ?? `write it as ${d.plan}/<phase>`,
        });
      }
    }
    for (const s of f.stages) {
      if (s.repository !== undefined || s.plan === f.name || known.has(s.plan)) continue;
      const { expected, suggestion } = unknownPlan(s.plan);
      push(f.file, {
        ...s.position,
        // A warning: plans written before links were checked named plans kept elsewhere.
        severity: 'warning',
        code: 'ref/unknown-plan',
        message: `the ${s.stage} stage is carried out by plan "${s.plan}", which is not a plan of this repository`,
        expected,
        hint:
          suggestion ??
          `if that plan lives in another repository, say so: \`repository: owner/name\` beside \`plan: ${s.plan}\``,
      });
    }
  }
  for (const cycle of dependencyCycles(facts)) {
    push(cycle.file, {
      ...cycle.position,
      severity: 'error',
      code: 'ref/dependency-cycle',
      message: `this dependency closes a cycle (each waits for the next): ${cycle.path.join(' → ')}`,
      expected: 'dependencies between plans that can be carried out in some order',
      hint: 'remove one of the dependencies in the cycle',
    });
  }
  return out;
}

interface Cycle {
  file: string;
  position: Position;
  path: string[];
}

/**
 * Cycles through `dependsOn` links, where each phase also waits for the phase before it in its
 * plan. One cycle is reported per dependency that closes it (iterative DFS, linear in phases
 * and links).
 */
export function dependencyCycles(facts: readonly PlanLinkFacts[]): Cycle[] {
  const edges = new Map<string, { to: string; link?: { file: string; position: Position } }[]>();
  const plans = new Map(facts.map((f) => [f.name, f]));
  for (const f of facts) {
    f.phases.forEach((phase, i) => {
      const list = edges.get(`${f.name}/${phase}`) ?? [];
      if (i > 0) list.push({ to: `${f.name}/${f.phases[i - 1]}` });
      edges.set(`${f.name}/${phase}`, list);
    });
    for (const d of f.dependencies) {
      if (d.plan === f.name || !plans.get(d.plan)?.phases.includes(d.otherPhase)) continue;
      edges.get(`${f.name}/${d.phase}`)?.push({
        to: `${d.plan}/${d.otherPhase}`,
        link: { file: f.file, position: d.position },
      });
    }
  }
  const state = new Map<string, 'open' | 'done'>();
  const found: Cycle[] = [];
  for (const start of edges.keys()) {
    if (state.has(start)) continue;
    const stack: { node: string; next: number }[] = [{ node: start, next: 0 }];
    state.set(start, 'open');
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const out = edges.get(top.node) ?? [];
      if (top.next >= out.length) {
        state.set(top.node, 'done');
        stack.pop();
        continue;
      }
      const edge = out[top.next++]!;
      const seen = state.get(edge.to);
      if (seen === 'open') {
        // The cycle is the stack from edge.to to the top; report it at a link inside it.
        const from = stack.findIndex((s) => s.node === edge.to);
        const path = [...stack.slice(from).map((s) => s.node), edge.to];
        const link = edge.link ?? cycleLink(stack.slice(from), edges);
        if (link) found.push({ ...link, path });
      } else if (seen === undefined) {
        state.set(edge.to, 'open');
        stack.push({ node: edge.to, next: 0 });
      }
    }
  }
  return found;
}

/** A cross-plan link among the edges taken along a stack slice (a cycle always has one). */
function cycleLink(
  slice: readonly { node: string; next: number }[],
  edges: Map<string, { to: string; link?: { file: string; position: Position } }[]>,
) {
  for (const { node, next } of slice) {
    const link = edges.get(node)?.[next - 1]?.link;
    if (link) return link;
  }
  return undefined;
}

/**
 * Plans in an order where each comes after the plans its phases depend on, else in the order
 * given (Kahn's algorithm, linear in plans and links). Plans in a dependency cycle (an error
 * `validate` reports) come last, in the order given.
 */
export function dependencyOrder<T>(items: readonly T[], planOf: (item: T) => RolloutPlan): T[] {
  const indexOf = new Map<string, number>();
  items.forEach((item, i) => {
    const name = planOf(item).metadata.name;
    if (!indexOf.has(name)) indexOf.set(name, i);
  });
  const waitingOn = new Array<number>(items.length).fill(0);
  const dependents = items.map(() => [] as number[]);
  items.forEach((item, i) => {
    const plan = planOf(item);
    const needed = new Set<number>();
    for (const ref of plan.phases.flatMap((phase) => phase.dependsOn ?? [])) {
      const other = indexOf.get(parsePhaseRef(ref)?.plan ?? '');
      if (other !== undefined && other !== i) needed.add(other);
    }
    waitingOn[i] = needed.size;
    for (const other of needed) dependents[other]!.push(i);
  });
  const queue = items.flatMap((_, i) => (waitingOn[i] === 0 ? [i] : []));
  const out: T[] = [];
  const placed = new Set<number>();
  for (let head = 0; head < queue.length; head++) {
    const i = queue[head]!;
    out.push(items[i]!);
    placed.add(i);
    for (const next of dependents[i]!) if (--waitingOn[next]! === 0) queue.push(next);
  }
  items.forEach((item, i) => {
    if (!placed.has(i)) out.push(item);
  });
  return out;
}
