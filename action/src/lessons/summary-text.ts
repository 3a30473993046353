// `rollbook lessons` as text: the counts, then one block per lesson with its guards and the
// plans and phases each applies to.

import { plural } from '../text/plural.ts';
import type { LessonsSummary } from './summary.ts';

/** Lesson text is user-written: keep terminal escape sequences and other controls out of the output. */
function stripControls(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
}

function counts(record: Record<string, number>, skipZero: boolean): string {
  const entries = Object.entries(record).filter(([, n]) => !skipZero || n > 0);
  return entries.length ? entries.map(([k, n]) => `${k} ${n}`).join(', ') : 'none';
}

export function formatLessonsText(summary: LessonsSummary, dir: string): string {
  const lines = [
    `${plural(summary.total, 'lesson')} in ${dir}`,
    '',
    `By trigger:   ${counts(summary.byTrigger, true)}`,
    `By severity:  ${counts(summary.bySeverity, true)}`,
    `By quarter:   ${counts(summary.byQuarter, false)}`,
  ];
  for (const lesson of summary.lessons) {
    lines.push('', `${lesson.id}  ${lesson.severity}  ${lesson.trigger}  ${lesson.date}`);
    lines.push(`  ${stripControls(lesson.title)}`);
    for (const guard of lesson.guards) {
      lines.push(`  - ${guard.id} (${guard.kind}): ${stripControls(guard.summary)}`);
      if (guard.plans.length === 0) lines.push('      guards no plan');
      for (const p of guard.plans) {
        const waived = p.waived.length ? `; waived in ${p.waived.join(', ')}` : '';
        const phases = p.phases.length ? p.phases.join(', ') : 'no phase';
        lines.push(`      ${p.plan}: ${phases}${waived}`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
