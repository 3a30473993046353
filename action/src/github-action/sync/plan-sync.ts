// One plan's issues brought in line with the plan and the ticks: the I/O around syncRollout.
//
// 1. Snapshots of the plan's issues from the batched read, each phase issue's ticks verified
//    against its edit history (verified-issue.ts: the one trust path), duplicates' ticks folded
//    into the winner (credited as each duplicate's own history proves), a deleted issue's last
//    body carried over (its ticks unproven). An issue whose history cannot be read is not written this run.
// 2. syncRollout computes every body; sign-off refusals that a team membership could overturn
//    are looked up and the computation repeated with the answers.
// 3. Phase issues in plan order, then the tracking issue, then sub-issue links, then duplicates
//    closed. Before each update the issue is read again and everything recomputed, so a tick
//    made while the run was busy is merged, not overwritten. Only differences are written.

import type { SignoffDirectory, SignoffPolicy } from '../../checklist/authorize.ts';
import type { ReviewOutcome } from '../../checklist/completion.ts';
import type { GuardInput } from '../../checklist/items.ts';
import { isSameBody } from '../../checklist/merge.ts';
import { parseIssueBody } from '../../checklist/parse.ts';
import type { IssueFacts } from '../../checklist/phase-state.ts';
import type { OtherPhaseStates, RolloutState } from '../../checklist/rollout-state.ts';
import type { AuditEntry, TickInfo } from '../../checklist/state-block.ts';
import { type IssueSnapshot, type PhaseSync, type RolloutSync, syncRollout } from '../../checklist/sync.ts';
import type { ChecklistTemplates } from '../../checklist/templates.ts';
import { writtenReadings } from '../../checklist/written-readings.ts';
import type { GitHubClient } from '../../github/client.ts';
import type { IssueRecord } from '../../github/issue.ts';
import { getIssue, type IssuePatch, type NewIssue } from '../../github/issues.ts';
import type { RepoRef } from '../../github/repo.ts';
import type { RolloutPlan } from '../../plan/schema.ts';
import type { Clock } from '../../runtime/clock.ts';
import type { Logger } from '../../runtime/logger.ts';
import { type IssueKey, readIssueKey } from '../../text/markers.ts';
import { isWatched, readPhaseGates } from '../../watch/evaluate.ts';
import type { GateReading } from '../../watch/readings.ts';
import { breachKey, phaseWatchVerdict } from '../../watch/verdict.ts';
import { type VerifiedIssue, verifyPhaseIssue } from '../verified-issue.ts';
import { actOnBreach } from './breach.ts';
import { type BrokenLesson, GuardsUnknownError, type LostItems, lostItems } from './broken-lessons.ts';
import { createIssueChecked } from './create.ts';
import type { LessonDraftMode } from './inputs.ts';
import { foldDuplicateTicks, type PlanIssues } from './inventory.ts';
import { kpiReview } from './kpi-review.ts';
import { type ActedRollback, openLessonDrafts } from './lesson-drafts.ts';
import { postMeasuredComment } from './measured-comment.ts';
import { postRefusalComment } from './refusals.ts';
import { lookUpDirectory, lookupsFor } from './signoffs.ts';
import { linkSubIssues, type SubIssueLinks } from './sub-issues.ts';
import type { SyncTrigger } from './trigger.ts';
import { isActivePhase, type SyncWatch } from './watch.ts';
import type { PhaseVerdict, WatchStatusBoard } from './watch-status.ts';
import type { Writer } from './writer.ts';

export interface PlanSyncInput {
  github: GitHubClient;
  repo: RepoRef;
  writer: Writer;
  log: Logger;
  /** Waits GitHub asks for before a write is sent again. */
  clock: Clock;
  /** The plan with its lessons' guards applied. */
  plan: RolloutPlan;
  guards: Record<string, GuardInput[]>;
  templates: ChecklistTemplates;
  now: Date;
  labelPrefix: string;
  runbookUrl?: string;
  linkBase?: string;
  policy: SignoffPolicy;
  /** The token's login: recorded on reverted sign-offs; its own edits are not audited as people's. */
  viewer?: string;
  trigger: SyncTrigger;
  issues: PlanIssues;
  /** Every Rollbook issue's key by number (duplicates included). */
  keys: ReadonlyMap<number, IssueKey>;
  subIssues: SubIssueLinks;
  /** Other plans' phase states by `plan/phase` (those synced before this one), for `dependsOn`. */
  others?: OtherPhaseStates;
  /** Read the metric gates of active phases (scheduled and dispatched runs with a provider). */
  watch?: SyncWatch;
  /** The metric providers the inputs configure, on every event: their gates are ticked by Rollbook. */
  measured?: ReadonlySet<string>;
  /** Open a draft lesson for each rollback (input `lesson-drafts`), into this lessons directory. */
  lessonDrafts?: { mode: Exclude<LessonDraftMode, 'off'>; lessonsDir: string };
  /** Where a watched plan's `rollbook/watch/<plan>` status goes (watch runs with a commit to mark). */
  statuses?: WatchStatusBoard;
  /** The default branch, the only ref a breach workflow runs on (ADR 63): read once per run, when needed. */
  defaultRef?: () => Promise<string>;
  /** Lessons that guard nothing this run: the plan is not written if its issues would lose an item (ADR 64). */
  brokenLessons?: readonly BrokenLesson[];
}

export interface PlanSyncResult {
  plan: string;
  title: string;
  rollout: RolloutState;
  phases: { phaseId: string; title: string; state: string; issue?: { number: number; url: string } }[];
  parent?: { number: number; url: string };
  writes: number;
}

interface Snapshot {
  issue?: IssueRecord;
  /** The body to merge into: the issue's, or a deleted issue's last body. */
  body?: string;
  /** What the edit history proves about `issue`'s ticks; absent for a carried-over body (nothing proven). */
  trust?: VerifiedIssue;
}

/**
 * What the phase state needs from the issue. Not who closed it: the batched GraphQL read cannot
 * say, and a body that depended on which read saw the issue would be rewritten every run.
 */
function facts(issue: IssueRecord): IssueFacts {
  return { state: issue.state, stateReason: issue.stateReason, closedAt: issue.closedAt };
}

/**
 * The sync's view of one phase issue. Rollbook's own record (the watch readings) is read only from
 * a revision the edit history proves the action wrote: when the history could not be read, or the
 * body was carried over from a deleted issue, `recordBody` is '' and the record starts afresh,
 * rather than taking lines a person may have written and writing them back as Rollbook's own.
 */
function snapshotInput(snapshot: Snapshot | undefined): IssueSnapshot | undefined {
  if (!snapshot || (snapshot.issue === undefined && snapshot.body === undefined)) return undefined;
  return {
    ...(snapshot.body !== undefined ? { body: snapshot.body } : {}),
    ...(snapshot.trust?.verified
      ? {
          state: snapshot.trust.state,
          claimed: snapshot.trust.claimed,
          edits: snapshot.trust.added,
          recordBody: snapshot.trust.ownBody,
        }
      : { recordBody: '' }),
    ...(snapshot.issue ? { number: snapshot.issue.number, issue: facts(snapshot.issue) } : {}),
  };
}

const hasLabel = (issue: IssueRecord, label: string) =>
  issue.labels.some((l) => l.toLowerCase() === label.toLowerCase());

export class PlanSync {
  readonly #in: PlanSyncInput;
  readonly #name: string;
  readonly #phases = new Map<string, Snapshot>();
  #parent: Snapshot = {};
  /** syncRollout's last result; dropped whenever a snapshot changes. */
  #cached: RolloutSync | undefined;
  #directory: SignoffDirectory = { teams: {}, permissions: {} };
  readonly #looked = new Set<string>();
  /** What people did on each phase issue since the action's last revision (from its history). */
  readonly #added = new Map<string, readonly AuditEntry[]>();
  readonly #duplicates = new Map<number, Promise<VerifiedIssue>>();
  /** ROLL BACK verdicts acted on in this run (#actOnVerdicts), for the draft lessons. */
  readonly #acted: ActedRollback[] = [];
  /** The KPI review, once posted on the tracking issue (#review). */
  #review: ReviewOutcome | undefined;
  /** This run's readings by phase id (#watch). */
  #readings: Record<string, readonly GateReading[]> = {};

  constructor(input: PlanSyncInput) {
    this.#in = input;
    this.#name = input.plan.metadata.name;
    const { issues, trigger } = input;
    for (const phase of input.plan.phases) {
      const issue = issues.phases.get(phase.id);
      if (issue) this.#setPhase(phase.id, { issue, body: issue.body });
    }
    if (issues.parent) this.#setParent({ issue: issues.parent, body: issues.parent.body });
    this.#carryDeleted(trigger);
  }

  /** Verifies a phase issue's ticks against its history, and takes the body the history ends in. */
  async #verify(phaseId: string, issue: IssueRecord): Promise<void> {
    const key = { plan: this.#name, phase: phaseId };
    const trust = await verifyPhaseIssue(this.#in.github, this.#in.repo, issue, key, this.#in.viewer);
    if (!trust.verified)
      this.#in.log.warning(
        `#${issue.number} (${this.#name} · ${phaseId}): its edit history could not be read (${trust.reason}); its ticks do not count in this run and it is left unchanged`,
      );
    else this.#added.set(phaseId, trust.added);
    // Ticks carried over from duplicates keep their ticker when the duplicate's own history proves it.
    const carried = trust.verified ? await this.#duplicateTicks(issue.number, key) : {};
    const proven = trust.verified
      ? { ...trust, state: { ...trust.state, ticks: { ...carried, ...trust.state.ticks } } }
      : trust;
    this.#setPhase(phaseId, {
      issue: { ...issue, body: trust.body },
      body: foldDuplicateTicks(trust.body, this.#duplicateBodies(issue.number)),
      trust: proven,
    });
  }

  /** Attributed ticks of the winner's open duplicates, each duplicate's history read once per run. */
  async #duplicateTicks(winner: number, key: { plan: string; phase: string }): Promise<Record<string, TickInfo>> {
    const ticks: Record<string, TickInfo> = {};
    for (const { issue } of this.#in.issues.duplicates.filter((d) => d.winner.number === winner)) {
      let proven = this.#duplicates.get(issue.number);
      if (!proven) {
        proven = verifyPhaseIssue(this.#in.github, this.#in.repo, issue, key, this.#in.viewer);
        this.#duplicates.set(issue.number, proven);
      }
      const trust = await proven;
      if (!trust.verified) continue;
      for (const [id, info] of Object.entries(trust.state.ticks)) if (info.by && !(id in ticks)) ticks[id] = info;
    }
    return ticks;
  }

  /** After the action's own write, its body is the checkpoint: nothing more to prove. */
  #ownTrust(body: string): VerifiedIssue | undefined {
    const state = parseIssueBody(body).state;
    if (!state) return undefined;
    return { verified: true, body, state, added: [], unattributed: [], claimed: [], reads: 0, ownBody: body };
  }

  #setPhase(phaseId: string, snapshot: Snapshot): void {
    this.#phases.set(phaseId, snapshot);
    this.#cached = undefined;
  }

  #setParent(snapshot: Snapshot): void {
    this.#parent = snapshot;
    this.#cached = undefined;
  }

  /** An `issues.deleted` event for a phase issue that no longer exists: recreate it from its last body. */
  #carryDeleted(trigger: SyncTrigger) {
    const deleted = trigger.deleted;
    if (!deleted) return;
    const key = this.#in.keys.get(deleted.issueNumber) ?? readIssueKey(deleted.body);
    if (!key || key.plan !== this.#name || key.kind !== 'phase' || !key.phase) return;
    if (this.#phases.get(key.phase)?.issue) return;
    this.#setPhase(key.phase, { body: deleted.body });
  }

  #input(directory: SignoffDirectory) {
    const phases: Record<string, IssueSnapshot> = {};
    for (const [id, snapshot] of this.#phases) {
      const s = snapshotInput(snapshot);
      if (s) phases[id] = s;
    }
    const parent = snapshotInput(this.#parent);
    const { plan, templates, now, guards, policy, labelPrefix, runbookUrl, linkBase, viewer, others, measured } =
      this.#in;
    return {
      plan,
      templates,
      now,
      phases,
      guards,
      directory,
      policy,
      labelPrefix,
      ...(parent ? { parent } : {}),
      ...(runbookUrl !== undefined ? { runbookUrl } : {}),
      ...(linkBase !== undefined ? { linkBase } : {}),
      ...(viewer ? { actor: viewer } : {}),
      ...(others ? { others } : {}),
      ...(measured ? { measured } : {}),
      ...(Object.keys(this.#readings).length > 0 ? { readings: this.#readings } : {}),
      ...(this.#review ? { review: this.#review } : {}),
    };
  }

  /** syncRollout, after looking up whatever team memberships its refusals depend on. */
  async #compute(): Promise<RolloutSync> {
    if (this.#cached) return this.#cached;
    for (;;) {
      const result = syncRollout(this.#input(this.#directory));
      const wanted = lookupsFor(
        this.#in.plan,
        this.#in.guards,
        result.phases.map((p) => ({ phaseId: p.phaseId, refused: p.refused })),
      );
      const fresh = new Map<string, Set<string>>();
      for (const [team, logins] of wanted) {
        const unseen = [...logins].filter((l) => !this.#looked.has(`${team} ${l}`.toLowerCase()));
        if (unseen.length > 0) fresh.set(team, new Set(unseen));
      }
      if (fresh.size === 0) {
        this.#cached = result;
        return result;
      }
      const found = await lookUpDirectory(this.#in.github, this.#in.repo, fresh, this.#in.policy);
      for (const [team, logins] of fresh) for (const l of logins) this.#looked.add(`${team} ${l}`.toLowerCase());
      this.#directory = mergeDirectory(this.#directory, found);
    }
  }

  async run(): Promise<PlanSyncResult> {
    const before = this.#in.writer.count;
    for (const phase of this.#in.plan.phases) {
      const issue = this.#phases.get(phase.id)?.issue;
      if (issue) await this.#verify(phase.id, issue);
    }
    if (this.#in.brokenLessons && this.#in.brokenLessons.length > 0) await this.#refuseLoss(this.#in.brokenLessons);
    if (this.#in.watch) await this.#watch(this.#in.watch);
    for (const phase of this.#in.plan.phases) await this.#syncPhase(phase.id);
    // The review is read before the tracking issue is written, so its body shows it in one write;
    // a tracking issue created by this run gets it right after.
    const existed = this.#parent.issue !== undefined;
    if (existed) await this.#readReview();
    await this.#syncParent();
    if (!existed && (await this.#readReview())) await this.#syncParent();
    if (this.#in.watch) await this.#actOnVerdicts();
    const parent = this.#parent.issue;
    if (parent) {
      const children = this.#in.plan.phases.flatMap((p) => {
        const issue = this.#phases.get(p.id)?.issue;
        return issue ? [issue] : [];
      });
      await linkSubIssues(this.#in, this.#name, parent, children, this.#in.subIssues);
    }
    await this.#closeDuplicates();
    const final = await this.#compute();
    if (this.#in.lessonDrafts) await this.#draftLessons(final.rollout, this.#in.lessonDrafts);
    return {
      plan: this.#name,
      title: this.#in.plan.metadata.title,
      rollout: final.rollout,
      phases: final.rollout.phases.map((p) => {
        const issue = this.#phases.get(p.phaseId)?.issue;
        return {
          phaseId: p.phaseId,
          title: p.title,
          state: p.state,
          ...(issue ? { issue: { number: issue.number, url: issue.url } } : {}),
        };
      }),
      ...(parent ? { parent: { number: parent.number, url: parent.url } } : {}),
      writes: this.#in.writer.count - before,
    };
  }

  /**
   * While lessons are broken, the items they gave cannot be computed: throws, before any write,
   * when a phase issue would lose a live item, so its items, ticks and notes stay as they are.
   */
  async #refuseLoss(broken: readonly BrokenLesson[]): Promise<void> {
    const result = await this.#compute();
    const lost: LostItems[] = result.phases.flatMap((out) => {
      const snapshot = this.#phases.get(out.phaseId);
      if (snapshot?.body === undefined) return [];
      const items = lostItems(snapshot.body, out.body);
      if (items.length === 0) return [];
      return [{ ...(snapshot.issue ? { issue: snapshot.issue.number } : {}), phaseId: out.phaseId, items }];
    });
    if (lost.length > 0) throw new GuardsUnknownError(lost, broken);
  }

  /** The KPI review's outcome into #review; true when it changed. */
  async #readReview(): Promise<boolean> {
    const parent = this.#parent.issue;
    if (!parent) return false;
    const { rollout } = await this.#compute();
    const { github, repo, writer, log, clock, viewer, plan, now, watch, templates } = this.#in;
    const review = await kpiReview({
      templates,
      github,
      repo,
      writer,
      log,
      clock,
      ...(viewer ? { viewer } : {}),
      plan,
      rollout,
      issue: parent.number,
      now,
      ...(watch ? { watch } : {}),
    });
    if (review === undefined) return false;
    this.#review = review;
    this.#cached = undefined;
    return true;
  }

  /** After the issues are in line: a draft lesson for each rollback that has none yet. */
  async #draftLessons(rollout: RolloutState, drafts: NonNullable<PlanSyncInput['lessonDrafts']>): Promise<void> {
    const { github, repo, log, plan, labelPrefix, viewer, writer } = this.#in;
    await openLessonDrafts({
      github,
      repo,
      log,
      mode: drafts.mode,
      dryRun: writer.dryRun,
      plan,
      rollout,
      lessonsDir: drafts.lessonsDir,
      labelPrefix,
      ...(viewer ? { viewer } : {}),
      acted: this.#acted,
      readings: (phaseId) => {
        const trust = this.#phases.get(phaseId)?.trust;
        return trust?.verified ? writtenReadings(trust.ownBody) : undefined;
      },
    });
  }

  /** Reads the gates of each active phase whose issue's ticks are proven; the readings go into its issue. */
  async #watch(watch: SyncWatch): Promise<void> {
    const { rollout } = await this.#compute();
    const readings: Record<string, readonly GateReading[]> = {};
    for (const phase of rollout.phases) {
      const snapshot = this.#phases.get(phase.phaseId);
      if (!snapshot?.issue || !snapshot.trust?.verified || !isActivePhase(phase)) continue;
      if (!isWatched(this.#in.plan, phase.phaseId, watch.configured)) continue;
      const previous = writtenReadings(snapshot.trust.ownBody);
      readings[phase.phaseId] = await readPhaseGates({
        plan: this.#in.plan,
        phaseId: phase.phaseId,
        at: this.#in.now,
        resolve: watch.resolve,
        configured: watch.configured,
        ...(previous ? { previous } : {}),
      });
    }
    this.#readings = readings;
    this.#cached = undefined;
  }

  /**
   * After the readings are written: the watched phases' verdicts (watch/verdict.ts, the one
   * function that reads them), a comment and dispatch on a breach, and the plan's commit status.
   */
  async #actOnVerdicts(): Promise<void> {
    const result = await this.#compute();
    const verdicts: PhaseVerdict[] = [];
    for (const phaseId of Object.keys(this.#readings)) {
      const record = this.#phaseOut(result, phaseId).record;
      const snapshot = this.#phases.get(phaseId);
      if (!record || !snapshot?.issue || !snapshot.trust?.verified) continue;
      const verdict = phaseWatchVerdict(this.#in.plan, phaseId, record);
      if (!verdict) continue;
      verdicts.push({ phase: phaseId, verdict: verdict.verdict, reasons: verdict.reasons });
      const outcome = await actOnBreach(this.#in, {
        plan: this.#in.plan,
        phaseId,
        issue: snapshot.issue.number,
        record,
        verdict,
      });
      // A ROLL BACK acted on (our breach comment stands) is a rollback: it gets a draft lesson.
      if (verdict.verdict === 'ROLL BACK' && (outcome === 'posted' || outcome === 'known'))
        this.#acted.push({ phaseId, at: breachKey(record) });
    }
    await this.#in.statuses?.update(this.#name, verdicts);
  }

  #phaseOut(result: RolloutSync, phaseId: string): PhaseSync {
    return result.phases.find((p) => p.phaseId === phaseId)!;
  }

  /**
   * Someone ticked "Phase complete" since the action's last revision (whether or not this run's
   * event says so) and the phase is done: close its issue, open the next.
   */
  #completedByEdit(phaseId: string, out: PhaseSync): boolean {
    if (out.status.state !== 'done') return false;
    const complete = `${this.#name}/${phaseId}/complete`;
    return (this.#added.get(phaseId) ?? []).some((e) => e.checked && e.itemId === complete);
  }

  #nextOpens(phaseId: string, result: RolloutSync): boolean {
    const index = this.#in.plan.phases.findIndex((p) => p.id === phaseId);
    const previous = this.#in.plan.phases[index - 1];
    return previous !== undefined && this.#completedByEdit(previous.id, this.#phaseOut(result, previous.id));
  }

  #patchFor(issue: IssueRecord, out: PhaseSync | RolloutSync['parent'], close: boolean, reopen: boolean): IssuePatch {
    const patch: IssuePatch = {};
    if (!isSameBody(out.body, issue.body)) {
      if (out.overLimit)
        this.#in.log.warning(
          `#${issue.number}: the body would exceed GitHub's limit even at its barest (people's own text is too long); left as it is`,
        );
      else patch.body = out.body;
    }
    if (out.title !== issue.title) patch.title = out.title;
    if (close && issue.state === 'open') {
      patch.state = 'closed';
      patch.state_reason = 'completed';
    }
    if (reopen && issue.state === 'closed') patch.state = 'open';
    return patch;
  }

  async #syncPhase(phaseId: string): Promise<void> {
    let result = await this.#compute();
    let out = this.#phaseOut(result, phaseId);
    const snapshot = this.#phases.get(phaseId);
    if (!snapshot?.issue) {
      await this.#createPhase(phaseId, out, snapshot?.body !== undefined);
      return;
    }
    if (snapshot.trust && !snapshot.trust.verified) return;
    const initial = this.#patchFor(
      snapshot.issue,
      out,
      this.#completedByEdit(phaseId, out),
      this.#nextOpens(phaseId, result),
    );
    const missing = out.labels.filter((l) => !hasLabel(snapshot.issue!, l));
    if (Object.keys(initial).length === 0 && missing.length === 0 && !out.comment && out.measuredReverted.length === 0)
      return;

    // Read it again right before writing and merge again: a tick made since the batched read wins.
    const fresh = await getIssue(this.#in.github, this.#in.repo, snapshot.issue.number);
    if (!fresh.found) {
      this.#in.log.warning(
        `#${snapshot.issue.number} (${this.#name} · ${phaseId}) answered ${fresh.status}: it was deleted. Recreating it with the ticks and audit trail it had.`,
      );
      this.#setPhase(phaseId, { body: snapshot.body ?? snapshot.issue.body });
      result = await this.#compute();
      await this.#createPhase(phaseId, this.#phaseOut(result, phaseId), true);
      return;
    }
    // Someone edited it since it was verified: verify again, up to the body just read.
    if (fresh.issue.body !== snapshot.issue.body || !snapshot.trust) {
      await this.#verify(phaseId, fresh.issue);
      if (!this.#phases.get(phaseId)?.trust?.verified) return;
    }
    const issue = this.#phases.get(phaseId)!.issue!;
    result = await this.#compute();
    out = this.#phaseOut(result, phaseId);
    // The comment first: if the run dies before the revert is written, the rerun finds the comment by its key.
    if (out.comment && out.refused.length > 0)
      await postRefusalComment(this.#in, issue.number, out.comment, out.refused);
    if (out.measuredReverted.length > 0) await postMeasuredComment(this.#in, issue.number, out.measuredReverted);
    const patch = this.#patchFor(issue, out, this.#completedByEdit(phaseId, out), this.#nextOpens(phaseId, result));
    if (Object.keys(patch).length > 0) {
      const updated = await this.#in.writer.updateIssue(issue.number, patch, issue.body);
      const next = updated ?? { ...issue, body: patch.body ?? issue.body, state: patch.state ?? issue.state };
      const trust = patch.body === undefined ? this.#phases.get(phaseId)?.trust : this.#ownTrust(next.body);
      this.#setPhase(phaseId, {
        issue: { ...next, parent: issue.parent },
        body: next.body,
        ...(trust ? { trust } : {}),
      });
    }
    const stillMissing = out.labels.filter((l) => !hasLabel(issue, l));
    if (stillMissing.length > 0) await this.#in.writer.addLabels(issue.number, stillMissing);
  }

  #duplicateBodies(winner: number): string[] {
    return this.#in.issues.duplicates.filter((d) => d.winner.number === winner).map((d) => d.issue.body);
  }

  async #createPhase(phaseId: string, out: PhaseSync, carried: boolean): Promise<void> {
    const key: IssueKey = { kind: 'phase', plan: this.#name, phase: phaseId };
    const created = await this.#create(key, { title: out.title, body: out.body, labels: out.labels });
    if (carried && created)
      this.#in.log.warning(
        `${this.#name} · ${phaseId}: recreated as #${created.number}, with the ticks its last body had`,
      );
    const trust = created ? this.#ownTrust(created.body) : undefined;
    this.#setPhase(
      phaseId,
      created ? { issue: created, body: created.body, ...(trust ? { trust } : {}) } : { body: out.body },
    );
  }

  async #create(key: IssueKey, issue: NewIssue): Promise<IssueRecord | undefined> {
    return createIssueChecked(this.#in, key, issue);
  }

  async #syncParent(): Promise<void> {
    let out = (await this.#compute()).parent;
    const current = this.#parent.issue;
    // A phase whose history could not be read has no state to show yet: leave the tracking issue as it is.
    const unproven = [...this.#phases.values()].some((s) => s.trust && !s.trust.verified);
    if (current && unproven) return;
    if (!current) {
      await this.#createParent(out);
      return;
    }
    const missing = out.labels.filter((l) => !hasLabel(current, l));
    if (Object.keys(this.#patchFor(current, out, out.close, false)).length === 0 && missing.length === 0) return;
    const fresh = await getIssue(this.#in.github, this.#in.repo, current.number);
    if (!fresh.found) {
      this.#in.log.warning(`#${current.number} (tracking issue of ${this.#name}) was deleted; recreating it`);
      this.#setParent({});
      await this.#createParent((await this.#compute()).parent);
      return;
    }
    this.#setParent({ issue: fresh.issue, body: fresh.issue.body });
    out = (await this.#compute()).parent;
    const patch = this.#patchFor(fresh.issue, out, out.close, false);
    if (Object.keys(patch).length > 0) {
      const updated = await this.#in.writer.updateIssue(fresh.issue.number, patch, fresh.issue.body);
      if (updated) this.#setParent({ issue: updated, body: updated.body });
    }
    const stillMissing = out.labels.filter((l) => !hasLabel(fresh.issue, l));
    if (stillMissing.length > 0) await this.#in.writer.addLabels(fresh.issue.number, stillMissing);
  }

  /** A new tracking issue; one created for a rollout that is already closable is closed right away. */
  async #createParent(out: RolloutSync['parent']): Promise<void> {
    let created = await this.#create({ kind: 'parent', plan: this.#name }, out);
    if (created && out.close) {
      const closed = await this.#in.writer.updateIssue(
        created.number,
        { state: 'closed', state_reason: 'completed' },
        created.body,
      );
      created = closed ?? { ...created, state: 'closed' };
    }
    this.#setParent(created ? { issue: created, body: created.body } : { body: out.body });
  }

  /** Closed with a note at the top that links the issue that stays; its ticks were carried over already. */
  async #closeDuplicates(): Promise<void> {
    for (const { issue, winner } of this.#in.issues.duplicates) {
      const note = `> [!NOTE]\n> Duplicate of #${winner.number}. Rollbook keeps one issue per phase (the oldest); ticks made here were carried over to #${winner.number}.\n\n`;
      const body = issue.body.startsWith('> [!NOTE]\n> Duplicate of #') ? issue.body : note + issue.body;
      this.#in.log.notice(`#${issue.number} duplicates #${winner.number} (${this.#name}); closing it with a link`);
      await this.#in.writer.updateIssue(
        issue.number,
        { body, state: 'closed', state_reason: 'not_planned' },
        issue.body,
      );
    }
  }
}

function mergeDirectory(a: SignoffDirectory, b: SignoffDirectory): SignoffDirectory {
  const teams: Record<string, readonly string[] | null> = { ...a.teams };
  for (const [team, members] of Object.entries(b.teams ?? {})) {
    const previous = teams[team];
    teams[team] = members === null || previous === null ? null : [...(previous ?? []), ...members];
  }
  return { teams, permissions: { ...a.permissions, ...b.permissions } };
}
