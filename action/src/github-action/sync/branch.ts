// Whose plans the checklist issues are written from: the default branch's, and no other. A push
// to any branch, or a manual run its caller points at one, checks out plans nobody has reviewed;
// writing them would rewrite the live checklists (and the gates people tick) from an unmerged
// branch. The default branch's name comes from GitHub (the event payload's `repository`, or
// `GET /repos/{owner}/{repo}` when the payload has none), never from text in the repository.
// The same rule decides where a plan's `onBreach` workflow may run: only on the default branch.
// docs/adr/0063-sync-writes-only-the-default-branch.md.
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { defaultBranch } from '../../github/actions.ts';
import type { GitHubClient } from '../../github/client.ts';
import { errorMessage } from '../../github/errors.ts';
import type { RepoRef } from '../../github/repo.ts';
import type { ParsedPlan } from '../../plan/parse.ts';
import { parseYamlSource } from '../../plan/yaml-source.ts';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** The default branch as GitHub wrote it into the event payload (`push`, `issues`, `workflow_dispatch` carry it). */
export function payloadDefaultBranch(payload: Record<string, unknown>): string | undefined {
  const repository = payload.repository;
  if (!isRecord(repository)) return undefined;
  const branch = repository.default_branch;
  return typeof branch === 'string' && branch !== '' ? branch : undefined;
}

/** A run's reader of the default branch: the payload's when it says, else one GET at most, and only when asked. */
export function defaultRefOnce(
  github: () => GitHubClient,
  repo: RepoRef,
  payload: Record<string, unknown> = {},
): () => Promise<string> {
  const known = payloadDefaultBranch(payload);
  let branch: Promise<string> | undefined = known !== undefined ? Promise.resolve(known) : undefined;
  return () => {
    branch ??= defaultBranch(github(), repo);
    return branch;
  };
}

/** Whether `ref` (a branch name, or `refs/heads/<name>`) names the branch `branch`. */
export function namesBranch(ref: string, branch: string): boolean {
  return ref === branch || ref === `refs/heads/${branch}`;
}

export type BranchCheck = { ok: true; branch: string } | { ok: false; why: string };

/**
 * Whether this run checked out the default branch: GITHUB_REF (`ref`) is `refs/heads/<default>`.
 * `schedule` and `issues` runs always are; `push` and `workflow_dispatch` runs are on whatever
 * branch was pushed or picked, and a `pull_request` run is on a merge ref.
 */
export async function onDefaultBranch(ref: string | undefined, branchOf: () => Promise<string>): Promise<BranchCheck> {
  let branch: string;
  try {
    branch = await branchOf();
  } catch (error) {
    return { ok: false, why: `the default branch could not be read (${errorMessage(error)})` };
  }
  if (ref === `refs/heads/${branch}`) return { ok: true, branch };
  return { ok: false, why: `this run is on ${ref ?? 'an unknown ref'}, not the default branch ${branch}` };
}

/** Why a plan's `onBreach.ref` is refused, or undefined when it names the default branch (or is absent). */
export function breachRefProblem(ref: string | undefined, branch: string): string | undefined {
  if (ref === undefined || namesBranch(ref, branch)) return undefined;
  return `onBreach.ref names ${ref}, but a breach workflow is dispatched only on the default branch ${branch} (ADR 63)`;
}

/**
 * An error at `onBreach.ref` of each valid plan that names another ref than the default branch:
 * any branch or tag a writer can push to would run code nobody reviewed, with the workflow's
 * permissions, when the watch finds a breach. Checked on every sync run, not first at a breach.
 */
export function breachRefDiagnostics(plans: readonly ParsedPlan[], branch: string): Diagnostic[] {
  return plans.flatMap((parsed) => {
    const ref = parsed.plan?.onBreach?.ref;
    const problem = breachRefProblem(ref, branch);
    if (problem === undefined) return [];
    // Validation let the plan's syntax tree go; a plan this rare is parsed once more for the position.
    const locator = parsed.locator ?? parseYamlSource(parsed.text, parsed.file).locator;
    return [
      {
        file: parsed.file,
        ...locator.locate(['onBreach', 'ref']),
        severity: 'error',
        code: 'sync/on-breach-ref',
        message: `${problem}; no workflow is dispatched for this plan`,
        expected: `${branch}, refs/heads/${branch}, or no ref`,
        hint: `remove \`ref\` (the default branch is used): a branch or tag anyone with push access can move would run unreviewed code on a breach`,
      },
    ];
  });
}
