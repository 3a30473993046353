// Issue titles and labels. Titles are plain text (GitHub does not render Markdown or mentions
// in them) but may not hold line breaks or controls; labels have a 50-character limit, so long
// plan or phase ids are shortened with a hash that keeps them unique.
import type { Phase, RolloutPlan } from '../plan/schema.ts';
import { titleText } from '../text/github.ts';
import { DEFAULT_LABEL_PREFIX } from '../text/label-prefix.ts';
import { truncate } from '../text/truncate.ts';
import { fingerprint } from './fingerprint.ts';
import { MAX_LABEL_CHARS, MAX_TITLE_CHARS } from './limits.ts';

export const TITLE_PREFIX = '[rollout]';

function cap(title: string): string {
  return truncate(title, MAX_TITLE_CHARS);
}

/** `[rollout] priority-rides · canary — Production canary`. */
export function phaseIssueTitle(plan: RolloutPlan, phase: Phase, prefix = TITLE_PREFIX): string {
  return cap(`${prefix} ${plan.metadata.name} · ${phase.id} — ${titleText(phase.title)}`);
}

/** `[rollout] priority-rides — Priority rides`. */
export function parentIssueTitle(plan: RolloutPlan, prefix = TITLE_PREFIX): string {
  return cap(`${prefix} ${plan.metadata.name} — ${titleText(plan.metadata.title)}`);
}

function label(text: string): string {
  if (text.length <= MAX_LABEL_CHARS) return text;
  const hash = fingerprint(text);
  return `${text.slice(0, MAX_LABEL_CHARS - hash.length - 1)}~${hash}`;
}

/** `rollbook`, `rollbook:plan/<name>` and, for a phase issue, `rollbook:phase/<id>`. */
export function issueLabels(planName: string, phaseId?: string, prefix = DEFAULT_LABEL_PREFIX): string[] {
  const labels = [prefix, label(`${prefix}:plan/${planName}`)];
  if (phaseId !== undefined) labels.push(label(`${prefix}:phase/${phaseId}`));
  return labels;
}
