// One plan's issues brought in line with the plan and the ticks: the I/O around syncRollout.
//
// 1. Snapshots of the plan's issues from the batched read (duplicates' ticks folded into the
//    winner, a deleted issue's last body carried over).
// 2. syncRollout computes every body; sign-off refusals that a team membership could overturn
//    are looked up and the computation repeated with the answers.
// 3. Phase issues in plan order, then the tracking issue, then sub-issue links, then duplicates
//    closed. Before each update the issue is read again and everything recomputed, so a tick
//    made while the run was busy is merged, not overwritten. Only differences are written.

import type { SignoffDirectory, SignoffPolicy } from '../../checklist/authorize.ts';
import type { GuardInput } from '../../checklist/items.ts';
import { type IssueKey, readIssueKey } from '../../checklist/markers.ts';
import { isSameBody } from '../../checklist/merge.ts';
import type { IssueFacts } from '../../checklist/phase-state.ts';
import type { RolloutState } from '../../checklist/rollout-state.ts';
import { type IssueSnapshot, type PhaseSync, type RolloutSync, syncRollout } from '../../checklist/sync.ts';
import type { ChecklistTemplates } from '../../checklist/templates.ts';
import type { GitHubClient } from '../../github/client.ts';
import type { IssueRecord } from '../../github/issue.ts';
import { getIssue, type IssuePatch, type NewIssue } from '../../github/issues.ts';
import type { RepoRef } from '../../github/repo.ts';
import type { RolloutPlan } from '../../plan/schema.ts';
import type { Clock } from '../../runtime/clock.ts';
import type { Logger } from '../../runtime/logger.ts';
import { createIssueChecked } from './create.ts';
import { foldDuplicateTicks, type PlanIssues } from './inventory.ts';
import { postRefusalComment } from './refusals.ts';
import { lookUpDirectory, lookupsFor } from './signoffs.ts';
import { linkSubIssues, type SubIssueLinks } from './sub-issues.ts';
import { type SyncTrigger, sameLogin } from './trigger.ts';
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
}

/**
 * What the phase state needs from the issue. Not who closed it: the batched GraphQL read cannot
 * say, and a body that depended on which read saw the issue would be rewritten every run.
 */
function facts(issue: IssueRecord): IssueFacts {
  return { state: issue.state, stateReason: issue.stateReason, closedAt: issue.closedAt };
}

function snapshotInput(snapshot: Snapshot | undefined): IssueSnapshot | undefined {
  if (!snapshot || (snapshot.issue === undefined && snapshot.body === undefined)) return undefined;
  return {
    ...(snapshot.body !== undefined ? { body: snapshot.body } : {}),
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
  readonly #edit: (PlanSyncInput['trigger']['edit'] & { phaseId: string }) | undefined;

  constructor(input: PlanSyncInput) {
    this.#in = input;
    this.#name = input.plan.metadata.name;
    const { issues, trigger } = input;
    for (const phase of input.plan.phases) {
      const issue = issues.phases.get(phase.id);
      if (!issue) continue;
      const duplicates = issues.duplicates.filter((d) => d.winner.number === issue.number).map((d) => d.issue.body);
      this.#setPhase(phase.id, { issue, body: foldDuplicateTicks(issue.body, duplicates) });
    }
    if (issues.parent) this.#setParent({ issue: issues.parent, body: issues.parent.body });
    this.#edit = this.#editFor(trigger);
    this.#carryDeleted(trigger);
  }

  #setPhase(phaseId: string, snapshot: Snapshot): void {
    this.#phases.set(phaseId, snapshot);
    this.#cached = undefined;
  }

  #setParent(snapshot: Snapshot): void {
    this.#parent = snapshot;
    this.#cached = undefined;
  }

  /** The handled edit, when it is on one of this plan's phase issues and a person made it. */
  #editFor(trigger: SyncTrigger) {
    const edit = trigger.edit;
    if (!edit) return undefined;
    const key = this.#in.keys.get(edit.issueNumber);
    if (!key || key.plan !== this.#name || key.kind !== 'phase' || !key.phase) return undefined;
    if (!this.#in.plan.phases.some((p) => p.id === key.phase)) return undefined;
    if (sameLogin(edit.sender, this.#in.viewer)) {
      this.#in.log.info(
        `#${edit.issueNumber} was edited by this token (${edit.sender}): not recorded as a person's ticks`,
      );
      return undefined;
    }
    return { ...edit, phaseId: key.phase };
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
    const { plan, templates, now, guards, policy, labelPrefix, runbookUrl, linkBase, viewer } = this.#in;
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
      ...(this.#edit ? { edit: this.#edit } : {}),
      ...(runbookUrl !== undefined ? { runbookUrl } : {}),
      ...(linkBase !== undefined ? { linkBase } : {}),
      ...(viewer ? { actor: viewer } : {}),
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
    for (const phase of this.#in.plan.phases) await this.#syncPhase(phase.id);
    await this.#syncParent();
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

  #phaseOut(result: RolloutSync, phaseId: string): PhaseSync {
    return result.phases.find((p) => p.phaseId === phaseId)!;
  }

  /** The handled edit ticked "Phase complete" and the phase is done: close its issue, open the next. */
  #completedByEdit(phaseId: string, out: PhaseSync): boolean {
    const edit = this.#edit;
    if (!edit || edit.phaseId !== phaseId || out.status.state !== 'done') return false;
    return edit.changes.some((c) => c.checked && c.itemId === `${this.#name}/${phaseId}/complete`);
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
    const initial = this.#patchFor(
      snapshot.issue,
      out,
      this.#completedByEdit(phaseId, out),
      this.#nextOpens(phaseId, result),
    );
    const missing = out.labels.filter((l) => !hasLabel(snapshot.issue!, l));
    if (Object.keys(initial).length === 0 && missing.length === 0 && !out.comment) return;

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
    const issue = fresh.issue;
    this.#setPhase(phaseId, { issue, body: foldDuplicateTicks(issue.body, this.#duplicateBodies(issue.number)) });
    result = await this.#compute();
    out = this.#phaseOut(result, phaseId);
    if (out.stateEdited)
      this.#in.log.warning(
        `#${issue.number}: the edit changed Rollbook's hidden state block; the state from before that edit was kept`,
      );
    // The comment first: if the run dies before the revert is written, the rerun finds the comment by its key.
    if (out.comment && out.refused.length > 0)
      await postRefusalComment(this.#in, issue.number, out.comment, out.refused);
    const patch = this.#patchFor(issue, out, this.#completedByEdit(phaseId, out), this.#nextOpens(phaseId, result));
    if (Object.keys(patch).length > 0) {
      const updated = await this.#in.writer.updateIssue(issue.number, patch, issue.body);
      const next = updated ?? { ...issue, body: patch.body ?? issue.body, state: patch.state ?? issue.state };
      this.#setPhase(phaseId, { issue: { ...next, parent: issue.parent }, body: next.body });
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
    this.#setPhase(phaseId, created ? { issue: created, body: created.body } : { body: out.body });
  }

  async #create(key: IssueKey, issue: NewIssue): Promise<IssueRecord | undefined> {
    return createIssueChecked(this.#in, key, issue);
  }

  async #syncParent(): Promise<void> {
    let out = (await this.#compute()).parent;
    const current = this.#parent.issue;
    if (!current) {
      const created = await this.#create({ kind: 'parent', plan: this.#name }, out);
      this.#setParent(created ? { issue: created, body: created.body } : { body: out.body });
      return;
    }
    const missing = out.labels.filter((l) => !hasLabel(current, l));
    if (Object.keys(this.#patchFor(current, out, false, false)).length === 0 && missing.length === 0) return;
    const fresh = await getIssue(this.#in.github, this.#in.repo, current.number);
    if (!fresh.found) {
      this.#in.log.warning(`#${current.number} (tracking issue of ${this.#name}) was deleted; recreating it`);
      this.#setParent({});
      out = (await this.#compute()).parent;
      const created = await this.#create({ kind: 'parent', plan: this.#name }, out);
      this.#setParent(created ? { issue: created, body: created.body } : { body: out.body });
      return;
    }
    this.#setParent({ issue: fresh.issue, body: fresh.issue.body });
    out = (await this.#compute()).parent;
    const patch = this.#patchFor(fresh.issue, out, false, false);
    if (Object.keys(patch).length > 0) {
      const updated = await this.#in.writer.updateIssue(fresh.issue.number, patch, fresh.issue.body);
      if (updated) this.#setParent({ issue: updated, body: updated.body });
    }
    const stillMissing = out.labels.filter((l) => !hasLabel(fresh.issue, l));
    if (stillMissing.length > 0) await this.#in.writer.addLabels(fresh.issue.number, stillMissing);
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
