// A draft lesson for every rollback, opened once (docs/adr/0022-one-draft-lesson-per-rollback.md).
//
// A rollback is a phase whose rollback items are ticked, or whose ROLL BACK verdict the watch
// acted on (its breach comment is posted). Its identity is the plan, the phase and the time of the
// phase's activation tick (the run of the phase that was rolled back), else of its earliest
// rollback tick, as the phase issue's edit history proves them (GitHub's record, never the body):
// a verdict acted on and the rollback ticked after it are one rollback; a phase activated again
// and rolled back again is another. Without a proven time nothing is opened. From the identity
// come a branch name and a hidden marker, and GitHub is asked whether either exists before
// anything is written: a pull request whose head is that branch (any state: merged and closed
// count), or an issue this token created with that marker. So re-runs, crashed runs and
// concurrent runs open one draft. `pull-request` mode falls back to an issue when GitHub refuses
// the pull request.
import type { RolloutState } from '../../checklist/rollout-state.ts';
import type { GitHubClient } from '../../github/client.ts';
import type { CommentSummary } from '../../github/comments.ts';
import { findPullByHead, openDraftPull } from '../../github/draft-pull.ts';
import { errorMessage, isForbidden, isUnprocessable } from '../../github/errors.ts';
import { createIssueOnce } from '../../github/issues.ts';
import { sameLogin } from '../../github/login.ts';
import type { RepoRef } from '../../github/repo.ts';
import { REST_FALLBACK_AUTHOR } from '../../github/sticky-comment.ts';
import { draftLesson, type LessonDraft } from '../../lessons/draft.ts';
import { phaseResponse } from '../../plan/reversibility.ts';
import type { RolloutPlan } from '../../plan/schema.ts';
import type { Logger } from '../../runtime/logger.ts';
import { code, inertLogin } from '../../text/github.ts';
import { encodeMarkerId, marker, readBreachMarker } from '../../text/markers.ts';
import type { WatchRecord } from '../../watch/readings.ts';
import type { LessonDraftMode } from './inputs.ts';

/** A rolled-back phase: `key` identifies the rollback, `at` is when it was rolled back. */
export interface RollbackIdentity {
  plan: string;
  phaseId: string;
  /** The phase's activation time, else its earliest rollback tick's (isoSeconds). */
  key: string;
  /** When it was rolled back: the rollback tick, or the evaluation the ROLL BACK verdict acted on. */
  at: string;
  by?: string;
  stepId?: string;
  via: 'tick' | 'verdict';
}

/** A ROLL BACK verdict the watch acted on this run (its breach comment is ours). */
export interface ActedRollback {
  phaseId: string;
  /** The breach's time (the watch's evaluation before it). */
  at: string;
}

/**
 * The ROLL BACK verdicts the watch acted on in phase `phaseId` since `since` (its activation), from
 * GitHub's record: the breach comments `author` posted on the phase issue (breach.ts) after that
 * time, oldest first, for a phase whose answer to a breach is to roll back. What `rollbook lesson
 * new --from` reads to draft a rollback nobody has ticked yet as the action drafted it (ADR 27).
 * Pure.
 */
export function actedFromComments(
  plan: RolloutPlan,
  phaseId: string,
  comments: readonly CommentSummary[],
  author: string,
  since: string,
): ActedRollback[] {
  const phase = plan.phases.find((p) => p.id === phaseId);
  if (!phase || phaseResponse(plan, phase) !== 'roll-back') return [];
  const from = Date.parse(since);
  const acted: { posted: number; at: string }[] = [];
  for (const comment of comments) {
    // Who posted it is GitHub's record; the marker alone proves nothing (anyone can paste it).
    if (!sameLogin(comment.author, author)) continue;
    const key = readBreachMarker(comment.body);
    if (key?.plan !== plan.metadata.name || key.phase !== phaseId) continue;
    // Acted on in this run of the phase: posted (GitHub's time, never the marker's) after its
    // activation. The key's own time may be older, an evaluation from before a re-activation.
    const posted = Date.parse(comment.createdAt);
    if (posted >= from) acted.push({ posted, at: key.after });
  }
  return acted.sort((a, b) => a.posted - b.posted).map(({ at }) => ({ phaseId, at }));
}

/** `20261105T100000Z`: a time in a branch name. */
const compactTime = (at: string) => at.replace(/[-:]/g, '');

export function draftBranch(id: RollbackIdentity): string {
  return `rollbook/lesson-draft/${id.plan}/${id.phaseId}/${compactTime(id.key)}`;
}

export function draftMarker(id: RollbackIdentity): string {
  return marker('lesson-draft', `${encodeMarkerId(id.plan)}/${encodeMarkerId(id.phaseId)}/${compactTime(id.key)}`);
}

/** One identity per rolled-back phase whose times are proven. Pure. */
export function rollbacksToDraft(rollout: RolloutState, acted: readonly ActedRollback[] = []): RollbackIdentity[] {
  const out = new Map<string, RollbackIdentity>();
  const activationOf = (phaseId: string) => {
    const phase = rollout.phases.find((p) => p.phaseId === phaseId);
    return phase?.activation.ticked ? phase.activation.at : undefined;
  };
  for (const notice of rollout.rolledBack) {
    if (!notice.at) continue;
    const phase = rollout.phases.find((p) => p.phaseId === notice.phaseId);
    if (phase?.state !== 'rolled-back') continue;
    const previous = out.get(notice.phaseId);
    if (previous && previous.at <= notice.at) continue;
    out.set(notice.phaseId, {
      plan: rollout.plan,
      phaseId: notice.phaseId,
      key: activationOf(notice.phaseId) ?? notice.at,
      at: notice.at,
      ...(notice.by ? { by: notice.by } : {}),
      ...(notice.stepId ? { stepId: notice.stepId } : {}),
      via: 'tick',
    });
  }
  for (const verdict of acted) {
    const activation = activationOf(verdict.phaseId);
    if (out.has(verdict.phaseId) || activation === undefined) continue;
    out.set(verdict.phaseId, {
      plan: rollout.plan,
      phaseId: verdict.phaseId,
      key: activation,
      at: verdict.at,
      via: 'verdict',
    });
  }
  return [...out.values()];
}

export interface LessonDraftsInput {
  github: GitHubClient;
  repo: RepoRef;
  log: Logger;
  mode: Exclude<LessonDraftMode, 'off'>;
  dryRun: boolean;
  plan: RolloutPlan;
  rollout: RolloutState;
  /** The lessons directory, relative to the repository root. */
  lessonsDir: string;
  labelPrefix: string;
  /** The token's login: only issues it created count as drafts. */
  viewer?: string;
  /** The phase issue's watch record, for the gate readings at the breach. */
  readings: (phaseId: string) => WatchRecord | undefined;
  /** ROLL BACK verdicts the watch acted on in this run. */
  acted?: readonly ActedRollback[];
}

/**
 * The draft of one rollback: the phase's timeline from the verified audit trail and the gate
 * readings the watch last wrote into its issue. One home for the action's drafts and
 * `rollbook lesson new --from` with a token, so both write the same lesson. Pure.
 */
export function rollbackDraft(
  plan: RolloutPlan,
  rollout: RolloutState,
  id: RollbackIdentity,
  readings: WatchRecord | undefined,
  /** The lesson's day (YYYY-MM-DD); default the rollback's. */
  date?: string,
): LessonDraft {
  return draftLesson({
    plan,
    phaseId: id.phaseId,
    date: date ?? id.at.slice(0, 10),
    rollback: {
      at: id.at,
      via: id.via,
      ...(id.by ? { by: id.by } : {}),
      ...(id.stepId ? { stepId: id.stepId } : {}),
    },
    timeline: rollout.released.filter((e) => e.phaseId === id.phaseId),
    ...(readings ? { readings } : {}),
    idSuffix: compactTime(id.key).slice(6, 13).toLowerCase(),
  });
}

function draftFor(input: LessonDraftsInput, id: RollbackIdentity) {
  return rollbackDraft(input.plan, input.rollout, id, input.readings(id.phaseId));
}

/** What the pull request or issue says around the draft; logins inert, plan text escaped. */
function intro(id: RollbackIdentity, file: string): string {
  const by = id.by ? ` by ${inertLogin(id.by)}` : '';
  const how =
    id.via === 'verdict'
      ? `Rollbook's watch read a ROLL BACK verdict on phase ${code(id.phaseId)} of ${code(id.plan)} at ${id.at} and acted on it (see the breach comment on its checklist issue).`
      : `Phase ${code(id.phaseId)} of ${code(id.plan)} was rolled back${by} at ${id.at} (from its checklist issue's verified audit trail).`;
  return `${how} Rollbook drafted the lesson ${code(file)}: tell the story, pick the trigger and write the guard, then merge it so future rollouts take it.`;
}

/** A fence longer than any run of backticks in `text`. */
function fenced(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}markdown\n${text}\n${fence}`;
}

async function findDraftIssue(input: LessonDraftsInput, label: string, key: string): Promise<number | undefined> {
  const issues = await input.github.paginate(input.github.rest.issues.listForRepo, {
    ...input.repo,
    labels: label,
    state: 'all',
    per_page: 100,
  });
  // Who opened it is GitHub's record; the marker alone proves nothing (anyone can paste it).
  // Without the token's login (issues read over REST): the default token's account, never anyone's.
  const ours = (login: string | undefined) => sameLogin(login, input.viewer ?? REST_FALLBACK_AUTHOR);
  return issues.find((i) => !i.pull_request && ours(i.user?.login) && (i.body ?? '').includes(key))?.number;
}

const draftLabel = (input: LessonDraftsInput) => `${input.labelPrefix}:lesson-draft`;

/** The caller checked that no draft issue exists (findDraftIssue). */
async function openIssue(input: LessonDraftsInput, id: RollbackIdentity, file: string, text: string, title: string) {
  const label = draftLabel(input);
  const key = draftMarker(id);
  const body = `${key}\n${intro(id, file)}\n\nSave this as ${code(file)}:\n\n${fenced(text)}\n`;
  const created = await createIssueOnce(input.github, input.repo, { title, body, labels: [label] });
  input.log.notice(
    `Rollbook: drafted the lesson of the rollback of ${id.plan}/${id.phaseId} as issue #${created.number}`,
  );
}

/** Opens the missing drafts. A failure is logged and left for the next run; it never fails the sync. */
export async function openLessonDrafts(input: LessonDraftsInput): Promise<void> {
  for (const id of rollbacksToDraft(input.rollout, input.acted)) {
    const draft = draftFor(input, id);
    const file = `${input.lessonsDir.replace(/\/+$/, '')}/${draft.id}.md`;
    const title = `Lesson draft: rollback of ${id.plan}/${id.phaseId}`;
    try {
      const branch = draftBranch(id);
      if (input.mode === 'pull-request' && (await findPullByHead(input.github, input.repo, branch))) continue;
      // Either mode: an issue opened before (the fallback, or an earlier `issue` mode) is the draft.
      if ((await findDraftIssue(input, draftLabel(input), draftMarker(id))) !== undefined) continue;
      if (input.dryRun) {
        input.log.info(
          `Rollbook: would open a draft lesson (${input.mode}) for the rollback of ${id.plan}/${id.phaseId}`,
        );
        continue;
      }
      if (input.mode === 'pull-request') {
        try {
          const pull = await openDraftPull(input.github, input.repo, {
            branch,
            path: file,
            content: draft.text,
            message: `Draft lesson from the rollback of ${id.plan}/${id.phaseId}`,
            title,
            body: `${draftMarker(id)}\n${intro(id, file)}\n`,
          });
          input.log.notice(
            `Rollbook: drafted the lesson of the rollback of ${id.plan}/${id.phaseId} as #${pull.number}`,
          );
          continue;
        } catch (error) {
          if (isUnprocessable(error) && (await findPullByHead(input.github, input.repo, branch))) continue;
          if (!isForbidden(error)) throw error;
          input.log.warning(
            `Rollbook: GitHub refused the draft lesson's pull request (${errorMessage(error)}); opening it as an issue instead. Allow GitHub Actions to create pull requests, or set lesson-drafts: issue.`,
          );
        }
      }
      await openIssue(input, id, file, draft.text, title);
    } catch (error) {
      input.log.warning(
        `Rollbook: could not open the draft lesson of the rollback of ${id.plan}/${id.phaseId}: ${errorMessage(error)}; the next run tries again`,
      );
    }
  }
}
