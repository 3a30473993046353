// Guards: extra checklist items and gates that lessons add to a phase, each with the lesson that
// asks for it. Lessons are a later issue; the runbook already has a place for what they add.
import type { Gate, RolloutPlan } from '../../plan/schema.ts';
import type { InlineMd } from '../escape/brands.ts';
import { escapeMarkdownInline } from '../escape/markdown-inline.ts';
import { markdownLink } from '../escape/markdown-link.ts';
import { text } from './format.ts';
import { gateSentence } from './gates.ts';
import type { GuardView } from './types.ts';

export interface LessonRef {
  lessonId: string;
  title: string;
  href?: string;
}

export type GuardInput =
  | { kind: 'checklist'; text: string; why: LessonRef }
  | { kind: 'gate'; gate: Gate; why: LessonRef };

export function guardView(guard: GuardInput, plan: RolloutPlan): GuardView {
  const label = `${guard.why.lessonId} — ${guard.why.title}`;
  return {
    kind: guard.kind,
    text: guard.kind === 'gate' ? gateSentence(guard.gate, plan) : (text(guard.text) as InlineMd),
    why: {
      lessonId: text(guard.why.lessonId),
      title: text(guard.why.title),
      link: guard.why.href === undefined ? escapeMarkdownInline(label) : markdownLink(label, guard.why.href),
    },
  };
}
