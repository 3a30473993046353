// From gate results and freezes to one verdict. Precedence, most serious first:
// ROLL BACK (or ROLL FORWARD) > FROZEN > HOLD > PROMOTE (docs/adr/0008-gate-verdicts.md says why).
// A crossed rollback threshold is answered as the phase allows: ROLL FORWARD, naming the
// roll-forward plan, when the phase cannot be undone or the policy prefers it (ADR 30).
// A rollback is about harm already happening in the phase being left, and a freeze only
// stops changes going forward, so a freeze must never hide a rollback. A freeze outranks
// HOLD because no sign-off or bake can lift it; the HOLD reasons are still listed so the
// team can get ready. PROMOTE needs every gate to pass: pending, failing, inconclusive
// and errored gates all hold.

import type { Response } from '../plan/reversibility.ts';
import { formatUtcDay } from '../text/time.ts';
import type { FreezeResult, GateResult, Verdict } from './model.ts';

export const VERDICT_PRECEDENCE: readonly Verdict[] = ['ROLL BACK', 'ROLL FORWARD', 'FROZEN', 'HOLD', 'PROMOTE'];

/** How the phase being left answers a crossed rollback threshold (plan/reversibility.ts). */
export interface ResponsePlan {
  response: Response;
  /** For roll-forward: what cannot be undone and its roll-forward plan, one line each. */
  rollForward?: readonly string[];
}

export interface VerdictDecision {
  verdict: Verdict;
  /** Everything in the way, in precedence order: rollbacks, freezes, then holds in gate order. */
  reasons: string[];
}

export function freezeReason(freeze: FreezeResult): string {
  const until = freeze.until ? ` (until ${formatUtcDay(new Date(Date.parse(freeze.until) - 1))} ends)` : '';
  return `frozen by ${freeze.name}: ${freeze.reason}${until}`;
}

export function decideVerdict(
  gates: readonly GateResult[],
  freezes: readonly FreezeResult[],
  answer: ResponsePlan = { response: 'roll-back' },
): VerdictDecision {
  const rollbacks = gates.filter((g) => g.status === 'rollback');
  const active = freezes.filter((f) => f.status === 'active');
  const holding = gates.filter((g) => g.status !== 'pass' && g.status !== 'rollback');
  const forward = answer.response === 'roll-forward';
  const reasons = [
    ...rollbacks.map((g) => g.reason ?? g.summary),
    ...(rollbacks.length > 0 && forward ? (answer.rollForward ?? []) : []),
    ...active.map(freezeReason),
    ...holdReasons(holding),
  ];
  const act: Verdict = forward ? 'ROLL FORWARD' : 'ROLL BACK';
  const verdict: Verdict =
    rollbacks.length > 0 ? act : active.length > 0 ? 'FROZEN' : holding.length > 0 ? 'HOLD' : 'PROMOTE';
  return { verdict, reasons };
}

/**
 * The holding gates' reasons in gate order, except that gates whose metric could not be read for
 * the same reason (one provider down: the message names it) share one line, where the first of
 * them stands: `prometheus at http://prom:9090: timed out after 10000ms (gates error_rate, p99)`.
 */
function holdReasons(holding: readonly GateResult[]): string[] {
  const outage = (g: GateResult) =>
    g.status === 'error' && g.metric && g.metric.value === undefined ? g.metric.problem : undefined;
  const byProblem = new Map<string, GateResult[]>();
  for (const gate of holding) {
    const problem = outage(gate);
    if (problem !== undefined) byProblem.set(problem, [...(byProblem.get(problem) ?? []), gate]);
  }
  const reasons: string[] = [];
  for (const gate of holding) {
    const problem = outage(gate);
    const shared = problem === undefined ? undefined : byProblem.get(problem);
    if (!shared || shared.length < 2) reasons.push(gate.reason ?? gate.summary);
    else if (shared[0] === gate) reasons.push(`${problem} (gates ${shared.map((g) => g.title).join(', ')})`);
  }
  return reasons;
}
