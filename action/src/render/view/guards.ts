// Guards: extra checklist items and gates that lessons add to a phase, each with the lesson that
// asks for it. Lessons are a later issue; the runbook already has a place for what they add.
import { classifyGate } from '../../plan/gate-kind.ts';
import type { Gate, RolloutPlan } from '../../plan/schema.ts';
import type { InlineMd } from '../../text/brands.ts';
import { escapeMarkdownInline } from '../../text/markdown-inline.ts';
import { markdownLink } from '../../text/markdown-link.ts';
import { type WhySource, whyLabel } from '../../text/why-label.ts';
import { text } from './format.ts';
import { gateSentence } from './gates.ts';
import type { GuardView } from './types.ts';

/** Where a guard comes from; lessons' `runbookGuards()` returns this shape (GuardWhy). */
export interface LessonRef {
  lessonId: string;
  title: string;
  /** An http(s) URL or a path relative to the runbook, e.g. `../lessons/L-1.md`. */
  href?: string;
  /** For a lesson another repository shares: where and at which commit it was read. */
  source?: WhySource;
}

export type GuardInput =
  | { kind: 'checklist'; text: string; why: LessonRef }
  | { kind: 'gate'; gate: Gate; why: LessonRef };

/** A guard's gate in words; its id is generated from the lesson, so it is left out. */
function guardGateText(gate: Gate, plan: RolloutPlan): InlineMd {
  const classified = classifyGate(gate);
  if (classified?.kind === 'manual') return text(classified.gate.manual) as InlineMd;
  const { id: _id, ...withoutId } = gate;
  return gateSentence(withoutId, plan);
}

export function guardView(guard: GuardInput, plan: RolloutPlan): GuardView {
  const label = whyLabel(guard.why);
  return {
    kind: guard.kind,
    gate: guard.kind === 'gate',
    text: guard.kind === 'gate' ? guardGateText(guard.gate, plan) : (text(guard.text) as InlineMd),
    why: {
      lessonId: text(guard.why.lessonId),
      title: text(guard.why.title),
      link:
        guard.why.href === undefined
          ? escapeMarkdownInline(label)
          : markdownLink(label, guard.why.href, { allowRelative: true }),
    },
  };
}
