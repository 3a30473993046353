// The labels every plan needs, created only where missing. The issues already read show most
// labels exist (an issue carries them), so a run with nothing new lists no labels at all.
import { issueLabels } from '../../checklist/titles.ts';
import type { GitHubClient } from '../../github/client.ts';
import type { IssueRecord } from '../../github/issue.ts';
import { type LabelSpec, listLabelNames } from '../../github/labels.ts';
import type { RepoRef } from '../../github/repo.ts';
import type { RolloutPlan } from '../../plan/schema.ts';
import { truncate } from '../../text/truncate.ts';
import type { Writer } from './writer.ts';

export const LABEL_COLORS = { base: '0e8a16', plan: '1d76db', phase: 'c5def5' } as const;
/** GitHub's limit on a label description. */
const MAX_DESCRIPTION = 100;

const cap = (s: string) => truncate(s, MAX_DESCRIPTION);

/** `<prefix>`, then each plan's `<prefix>:plan/<name>` and `<prefix>:phase/<id>`, each once. */
export function wantedLabels(plans: readonly RolloutPlan[], prefix: string): LabelSpec[] {
  const out = new Map<string, LabelSpec>();
  const add = (name: string, color: string, description: string) => {
    if (!out.has(name.toLowerCase())) out.set(name.toLowerCase(), { name, color, description: cap(description) });
  };
  add(prefix, LABEL_COLORS.base, 'Rollbook checklist issue: tick boxes here, Rollbook keeps the state');
  for (const plan of plans) {
    const [, planLabel] = issueLabels(plan.metadata.name, undefined, prefix);
    add(planLabel!, LABEL_COLORS.plan, `Rollbook: rollout plan ${plan.metadata.name}`);
    for (const phase of plan.phases) {
      const phaseLabel = issueLabels(plan.metadata.name, phase.id, prefix)[2]!;
      add(phaseLabel, LABEL_COLORS.phase, `Rollbook: rollout phase ${phase.id}`);
    }
  }
  return [...out.values()];
}

/** Creates the wanted labels no issue carries and the repository lacks. Returns how many. */
export async function ensureLabels(
  github: GitHubClient,
  repo: RepoRef,
  writer: Writer,
  wanted: readonly LabelSpec[],
  issues: readonly IssueRecord[],
): Promise<number> {
  const seen = new Set(issues.flatMap((i) => i.labels.map((l) => l.toLowerCase())));
  const unseen = wanted.filter((l) => !seen.has(l.name.toLowerCase()));
  if (unseen.length === 0) return 0;
  const existing = await listLabelNames(github, repo);
  const missing = unseen.filter((l) => !existing.has(l.name.toLowerCase()));
  for (const label of missing) await writer.createLabel(label);
  return missing.length;
}
