// Metric gates that Rollbook measures are ticked by Rollbook (docs/adr/0040-measured-gates-ticked-by-rollbook.md).
// A metric gate whose provider the action's inputs configure shows what the data says: ticked
// while its reading passes, unticked otherwise (failing, no data, no reading yet). Pure: the
// readings, the verified state and the edits people made since the action's last revision
// arrive as data.
//
// Who changed a box comes only from GitHub's record (verify.ts): a tick whose verified ticker is
// not the action's login, or an untick that the edit history credits to someone else, is a
// person's. It is set back from the data and, once per item, explained in a comment. A box that
// differs only because the data changed is set silently. Rollbook's own ticks carry the action's
// login, so they are never taken for a person's confirmation. A finished phase (done, rolled
// back) is left as it is: its boxes are a record of how it ended.

import { classifyGate } from '../plan/gate-kind.ts';
import { own } from '../plan/own.ts';
import type { RolloutPlan } from '../plan/schema.ts';
import { code, inertLogin } from '../text/github.ts';
import { measuredRevertMarker } from '../text/markers.ts';
import { isoSeconds } from '../text/time.ts';
import { recordEntries } from './audit.ts';
import { type GuardInput, phaseEntries } from './items.ts';
import { setCheckbox, withState } from './merge.ts';
import { parseIssueBody } from './parse.ts';
import type { AuditEntry, ChecklistState, TickInfo } from './state-block.ts';

/** The audit note on a box Rollbook set from the data. */
export const MEASURED_NOTE = 'measured';
/** The audit note on a person's change Rollbook set back. */
export const MEASURED_REVERT_NOTE = 'reverted: measured by Rollbook';

/** A metric gate of the phase and whether Rollbook measures it (its provider is configured). */
export interface MetricGateItem {
  itemId: string;
  gateId: string;
  /** The metric's name. */
  metric: string;
  measured: boolean;
}

/** The metric gates of a phase, in body order, each marked measured when `providers` has its provider. */
export function metricGateItems(
  plan: RolloutPlan,
  phaseId: string,
  providers: ReadonlySet<string>,
  guards: readonly GuardInput[] = [],
): MetricGateItem[] {
  return phaseEntries(plan, phaseId, guards).flatMap((entry) => {
    if (entry.kind !== 'gate' || !entry.gate) return [];
    const classified = classifyGate(entry.gate);
    if (classified?.kind !== 'metric') return [];
    const metric = own(plan.metrics, classified.gate.metric);
    return [
      {
        itemId: entry.id,
        gateId: entry.gate.id,
        metric: classified.gate.metric,
        measured: metric !== undefined && providers.has(metric.provider),
      },
    ];
  });
}

/** A person's change to a measured gate's box that Rollbook set back. */
export interface RevertedMeasured {
  itemId: string;
  gateId: string;
  metric: string;
  /** What the person did: ticked (true) or unticked (false). */
  checked: boolean;
  /** Who, as GitHub's record names them; absent when it names nobody. */
  by?: string;
}

export interface MeasuredTickInput {
  /** The phase issue body (mergeTicks' result, sign-offs checked). */
  body: string;
  state: ChecklistState;
  /** The phase's metric gates (metricGateItems); only measured ones are touched. */
  gates: readonly MetricGateItem[];
  /** Gate ids whose reading passes: their boxes are ticked, every other measured box unticked. */
  passing: ReadonlySet<string>;
  /** Verified changes since the action's last revision (verify.ts `added`), oldest first. */
  edits?: readonly AuditEntry[];
  /** The action's login: its ticks are Rollbook's. */
  actor: string;
  now: Date | string;
}

export interface MeasuredTicks {
  /** `input.body` with measured boxes set (the same string when nothing changed). */
  body: string;
  state: ChecklistState;
  reverted: RevertedMeasured[];
}

const sameLogin = (a: string | undefined, b: string) => a !== undefined && a.toLowerCase() === b.toLowerCase();

/** The newest verified change of `itemId` by someone other than the action, when it is the newest change at all. */
function personsLastEdit(edits: readonly AuditEntry[], itemId: string, actor: string): AuditEntry | undefined {
  const last = edits.findLast((e) => e.itemId === itemId);
  return last && !sameLogin(last.by, actor) ? last : undefined;
}

export function setMeasuredTicks(input: MeasuredTickInput): MeasuredTicks {
  const { actor, passing } = input;
  const parsed = parseIssueBody(input.body);
  const at = isoSeconds(input.now);
  const entries: AuditEntry[] = [];
  const reattributed: Record<string, TickInfo> = {};
  const reverted: RevertedMeasured[] = [];
  const flip = new Map<string, boolean>();
  for (const gate of input.gates) {
    if (!gate.measured) continue;
    const want = passing.has(gate.gateId);
    // A ticked box whose line was deleted counts as ticked (merge.ts restores it).
    const info = input.state.ticks[gate.itemId];
    const ticked = parsed.ticks.get(gate.itemId) ?? info !== undefined;
    const ownTick = ticked && sameLogin(info?.by, actor);
    if (ticked === want) {
      // Agrees with the data, but a person's tick: from now on it stands for the data, not for them.
      if (ticked && !ownTick) reattributed[gate.itemId] = { by: actor, at };
      continue;
    }
    const person = ticked ? !ownTick : personsLastEdit(input.edits ?? [], gate.itemId, actor) !== undefined;
    const by = ticked ? info?.by : personsLastEdit(input.edits ?? [], gate.itemId, actor)?.by;
    flip.set(gate.itemId, want);
    entries.push({
      itemId: gate.itemId,
      checked: want,
      by: actor,
      at,
      note: person ? MEASURED_REVERT_NOTE : MEASURED_NOTE,
    });
    if (person)
      reverted.push({
        itemId: gate.itemId,
        gateId: gate.gateId,
        metric: gate.metric,
        checked: ticked,
        ...(by ? { by } : {}),
      });
  }
  if (entries.length === 0 && Object.keys(reattributed).length === 0)
    return { body: input.body, state: input.state, reverted };
  const recorded = recordEntries(input.state, entries);
  const state = { ...recorded, ticks: { ...recorded.ticks, ...reattributed } };
  const lines = new Map(parsed.items.filter((i) => flip.has(i.id)).map((i) => [i.bodyLine, flip.get(i.id)!]));
  const body = input.body
    .split('\n')
    .map((line, index) => (lines.has(index) ? setCheckbox(line, lines.get(index)!) : line))
    .join('\n');
  return { body: withState(body, state), state, reverted };
}

/** The comment that explains reverted changes; one hidden marker line per item, so each is explained once. */
export function measuredRevertComment(reverted: readonly RevertedMeasured[]): string {
  const lines = [
    `**Rollbook set ${reverted.length === 1 ? 'a metric gate' : `${reverted.length} metric gates`} back to what the data says.**`,
    '',
  ];
  for (const r of reverted) {
    const who = r.by ? ` by ${inertLogin(r.by)}` : '';
    lines.push(
      `- Gate ${code(r.gateId)} (${code(r.metric)}) was ${r.checked ? 'ticked' : 'unticked'}${who}. Rollbook measures this gate and sets its box from the data: ticked while the reading passes, unticked while it fails or has no data.`,
    );
  }
  lines.push(
    '',
    'The gate readings in the issue show the latest values. A gate Rollbook measures cannot be confirmed by hand; to judge it yourself, remove its provider from the action inputs.',
    '',
    ...reverted.map((r) => measuredRevertMarker(r.itemId)),
  );
  return `${lines.join('\n')}\n`;
}
