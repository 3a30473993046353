// The guards of one phase in the shape the gate report carries (gates/model.ts LessonGuard),
// plus the link and ids it needs to point at the lesson and at the gate's own result.
import type { GateStatus, LessonGuard } from '../gates/model.ts';
import { whyLabel } from '../text/why-label.ts';
import type { GuardAction, PlanGuards } from './match.ts';

export interface ReportGuard extends LessonGuard {
  /** The guard's key, `L-…/guard-id`. */
  id: string;
  /** What the guard asks. */
  title: string;
  /** `L-2020-11-thread-exhaustion — Thread exhaustion that no alert caught`, with the ref and commit when shared. */
  why: string;
  lessonId: string;
  lessonTitle: string;
  href: string;
  kind: GuardAction['kind'];
  /** For gate guards: the gate id in the applied plan, to find its result in the evaluation. */
  gateId?: string;
  waivedReason?: string;
}

/** Gate outcomes as the lesson list says them: only pass passes; anything unmeasured is pending. */
const STATUS: Record<GateStatus, NonNullable<LessonGuard['status']>> = {
  pass: 'pass',
  pending: 'pending',
  inconclusive: 'pending',
  fail: 'fail',
  error: 'fail',
  rollback: 'fail',
};

/**
 * The guards of the phase being left, for its gate report. Pass the evaluation's gate results
 * to give gate guards their status (gate guards are evaluated like any gate of the applied plan).
 */
export function reportGuards(
  guards: PlanGuards,
  phaseId: string,
  gates: readonly { id: string; status: GateStatus }[] = [],
): ReportGuard[] {
  const statusById = new Map(gates.map((g) => [g.id, STATUS[g.status]]));
  const phase = guards.phases.find((p) => p.phaseId === phaseId);
  return (phase?.guards ?? []).map((g) => {
    const out: ReportGuard = {
      id: g.key,
      title: g.summary,
      why: whyLabel(g.why),
      lessonId: g.why.lessonId,
      lessonTitle: g.why.title,
      href: g.why.href,
      kind: g.action.kind,
    };
    if (g.action.kind === 'gate') {
      out.gateId = g.itemId;
      const status = statusById.get(g.itemId);
      if (status) out.status = status;
    }
    if (g.waived) {
      out.status = 'waived';
      out.waivedReason = g.waived.reason;
    }
    return out;
  });
}
