// Shared fixtures for the checklist tests: a realistic plan, the built-in templates, and
// people's edits as GitHub applies them (ticking a box changes only `[ ]` on that line).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseIssueBody } from '../../src/checklist/parse.ts';
import type { ChecklistState } from '../../src/checklist/state-block.ts';
import { type IssueSnapshot, type RolloutSync, type RolloutSyncInput, syncRollout } from '../../src/checklist/sync.ts';
import { type ChecklistTemplates, loadChecklistTemplates } from '../../src/checklist/templates.ts';
import { type Revision, verifyIssueHistory } from '../../src/checklist/verify.ts';
import { scaffoldPlan } from '../../src/cli/scaffold.ts';
import { parsePlan } from '../../src/plan/parse.ts';
import type { RolloutPlan } from '../../src/plan/schema.ts';

export const FIXTURES = join(import.meta.dirname, 'fixtures');
export const GOLDEN = join(import.meta.dirname, 'golden');

export function fixturePlan(): RolloutPlan {
  const file = join(FIXTURES, 'priority-rides.rollout.yaml');
  const parsed = parsePlan(readFileSync(file, 'utf8'), file);
  if (!parsed.plan || parsed.diagnostics.some((d) => d.severity === 'error')) {
    throw new Error(`fixture plan is invalid: ${parsed.diagnostics.map((d) => d.message).join('; ')}`);
  }
  return parsed.plan;
}

export function demoPlan(): RolloutPlan {
  return parsePlan(scaffoldPlan('demo', 's'), 'f').plan!;
}

/** A deep copy to edit in a test. */
export function clone<T>(value: T): T {
  return structuredClone(value);
}

let templates: ChecklistTemplates | undefined;
export async function builtinTemplates(): Promise<ChecklistTemplates> {
  templates ??= await loadChecklistTemplates();
  return templates;
}

/** Ticks (or unticks) the item with this id, as clicking its checkbox does. Throws when absent. */
export function tick(body: string, id: string, checked = true): string {
  let found = false;
  const out = body
    .split('\n')
    .map((line) => {
      if (!line.includes(`<!-- rollbook:item ${id.replace(/-(?=-)/g, '.')} -->`)) return line;
      found = true;
      return line.replace(/\[[ xX]\]/, checked ? '[x]' : '[ ]');
    })
    .join('\n');
  if (!found) throw new Error(`no item ${id} in body`);
  return out;
}

export const count = (text: string, needle: string | RegExp) =>
  typeof needle === 'string' ? text.split(needle).length - 1 : (text.match(new RegExp(needle, 'g')) ?? []).length;

export const T0 = new Date('2026-03-02T09:00:00Z');
export const hours = (h: number) => new Date(T0.getTime() + h * 3_600_000);

type Extra = Partial<Omit<RolloutSyncInput, 'plan' | 'templates' | 'now' | 'phases' | 'parent'>>;

/** The login the tests' action writes as. */
export const ACTOR = 'rollbook';

/**
 * The state the edit history proves after `login` changed `from` (a body the action wrote) into
 * `to` at `at`: what sync and report would believe.
 */
export function verifiedEdit(from: string, to: string, login: string, at: string | Date): ChecklistState {
  const key = parseIssueBody(from).key!;
  const time = typeof at === 'string' ? at : at.toISOString();
  return verifyIssueHistory({
    plan: key.plan,
    phase: key.phase!,
    history: {
      revisions: [
        { at: time, editor: ACTOR, body: from },
        { at: time, editor: login, body: to },
      ],
      complete: false,
    },
    isActor: (l) => l === ACTOR,
  }).state;
}

/** Who GitHub says made a change to a body that a test made directly (not through `edit`). */
export const SOMEONE = 'someone';

/**
 * A rollout's issues over time: people edit phase issues, and after each edit the action runs
 * syncRollout and writes what changed (as the real action will). Each phase issue keeps its edit
 * history as GitHub does, and the action's view of the ticks is what that history proves.
 */
export class Rollout {
  plan: RolloutPlan;
  readonly templates: ChecklistTemplates;
  readonly bodies: Record<string, string> = {};
  parentBody: string | undefined;
  readonly numbers: Record<string, number> = {};
  readonly extra: Extra;
  last: RolloutSync | undefined;
  writes = 0;
  /** Each phase issue's revisions, oldest first. */
  readonly history: Record<string, Revision[]> = {};

  constructor(plan: RolloutPlan, templates: ChecklistTemplates, extra: Extra = {}) {
    this.plan = plan;
    this.templates = templates;
    this.extra = extra;
    plan.phases.forEach((p, i) => {
      this.numbers[p.id] = 12 + i;
    });
  }

  get actor(): string {
    return this.extra.actor ?? ACTOR;
  }

  #record(phaseId: string, editor: string, at: Date, body: string): void {
    const revisions = this.history[phaseId] ?? [];
    revisions.push({ at: at.toISOString(), editor, body });
    this.history[phaseId] = revisions;
  }

  input(now: Date): RolloutSyncInput {
    const phases: Record<string, IssueSnapshot> = {};
    for (const p of this.plan.phases) {
      const body = this.bodies[p.id];
      const number = this.numbers[p.id]!;
      if (body === undefined) {
        phases[p.id] = { number };
        continue;
      }
      if (this.history[p.id]?.at(-1)?.body !== body) this.#record(p.id, SOMEONE, now, body);
      const { state, claimed, added, checkpoint } = verifyIssueHistory({
        plan: this.plan.metadata.name,
        phase: p.id,
        history: { revisions: this.history[p.id]!, complete: true },
        isActor: (login) => login === this.actor,
      });
      const recordBody = checkpoint === undefined ? '' : (this.history[p.id]![checkpoint]!.body ?? '');
      phases[p.id] = { body, number, state, claimed, edits: added, recordBody };
    }
    return {
      plan: this.plan,
      templates: this.templates,
      now,
      phases,
      ...(this.parentBody === undefined ? {} : { parent: { body: this.parentBody } }),
      ...this.extra,
    };
  }

  apply(result: RolloutSync, at: Date): RolloutSync {
    for (const p of result.phases) {
      if (p.changed) {
        this.bodies[p.phaseId] = p.body;
        this.#record(p.phaseId, this.actor, at, p.body);
        this.writes++;
      }
    }
    if (result.parent.changed) {
      this.parentBody = result.parent.body;
      this.writes++;
    }
    this.last = result;
    return result;
  }

  /** A run with nothing new (a schedule). */
  sync(now: Date): RolloutSync {
    return this.apply(syncRollout(this.input(now)), now);
  }

  /** A person edits a phase issue at `at` and GitHub records the revision; no run sees it (yet). */
  change(phaseId: string, login: string, at: Date, change: (body: string) => string): void {
    const to = change(this.bodies[phaseId]!);
    this.bodies[phaseId] = to;
    this.#record(phaseId, login, at, to);
  }

  /** A person edits a phase issue at `at`; the action runs at `at`. */
  edit(phaseId: string, login: string, at: Date, change: (body: string) => string): RolloutSync {
    this.change(phaseId, login, at, change);
    return this.apply(syncRollout(this.input(at)), at);
  }

  /** Ticks items of a phase one edit at a time. */
  tick(phaseId: string, login: string, at: Date, ...keys: string[]): RolloutSync {
    let result: RolloutSync | undefined;
    for (const key of keys)
      result = this.edit(phaseId, login, at, (b) => tick(b, `${this.plan.metadata.name}/${phaseId}/${key}`));
    return result!;
  }

  phase(phaseId: string) {
    return this.last!.phases.find((p) => p.phaseId === phaseId)!;
  }
}
