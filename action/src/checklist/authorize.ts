// Who may tick a sign-off. A sign-off slot counts only when the person who ticked it (from the
// audit trail) is an approver the gate names: a user, a member of a team (membership looked up
// by the caller and passed in), or, for a team whose membership the token cannot read, anyone
// with at least `minPermission` on the repository. Authors do not approve their own change
// unless the gate (or the policy) allows it. Every other tick is reverted, the audit trail
// says so, and a comment names who may sign off. Pure: lookups arrive as data.

import { authorMaySignOff, signoffsNeeded } from '../plan/gate-defaults.ts';
import type { RolloutPlan } from '../plan/schema.ts';
import { code, handleList, inertLogin } from '../text/github.ts';
import { loginKey } from '../text/handle.ts';
import { signoffRevertedMarker } from '../text/markers.ts';
import { compareCodePoints } from '../text/order.ts';
import { isoSeconds } from '../text/time.ts';
import { recordEntries } from './audit.ts';
import { type GuardInput, phaseEntries } from './items.ts';
import { setCheckbox, withState } from './merge.ts';
import { parseIssueBody } from './parse.ts';
import { type AuditEntry, type ChecklistState, emptyState } from './state-block.ts';

export const REPO_PERMISSIONS = ['none', 'read', 'triage', 'write', 'maintain', 'admin'] as const;
export type RepoPermission = (typeof REPO_PERMISSIONS)[number];

/** What the caller looked up; keys are compared case-insensitively. */
export interface SignoffDirectory {
  /** `@org/team` → member logins; null when the token cannot read the team. Missing: not looked up (as null). */
  teams?: Readonly<Record<string, readonly string[] | null>>;
  /** Login → permission on the repository. */
  permissions?: Readonly<Record<string, RepoPermission>>;
}

export interface SignoffPolicy {
  /** For teams whose membership cannot be read: accept people with at least this permission. Unset: refuse them. */
  minPermission?: Exclude<RepoPermission, 'none'>;
  /** May authors sign off their own change where the gate does not say? Default false. */
  allowAuthor?: boolean;
  /** More authors besides the plan's `metadata.author`, e.g. the pull request's author (`@bob`). */
  authors?: readonly string[];
  /** Revert sign-offs nobody recorded who ticked (a missed event)? Default true: they cannot be checked. */
  revertUnverified?: boolean;
}

export type RefusalReason = 'not-approver' | 'author' | 'duplicate' | 'unverified' | 'state-only';

export interface AcceptedSignoff {
  itemId: string;
  gateId: string;
  slot: number;
  /** Login without `@`. */
  by: string;
  at?: string;
  /** The team (or `repository <permission>`) the person signed for, when not listed by name. */
  as?: string;
}

export interface RefusedSignoff {
  itemId: string;
  gateId: string;
  slot: number;
  by?: string;
  at?: string;
  reason: RefusalReason;
}

export interface SignoffCheckInput {
  plan: RolloutPlan;
  phaseId: string;
  /** The phase issue body, usually mergeTicks' result. */
  body: string;
  /** Default: the body's own state block. */
  state?: ChecklistState;
  directory?: SignoffDirectory;
  policy?: SignoffPolicy;
  guards?: readonly GuardInput[];
  /**
   * Ticks a state block people wrote claims and the edit history does not bear out
   * (verifyIssueHistory's `claimed`); a sign-off among them that is not ticked is refused too,
   * so the comment says the claim was ignored.
   */
  claimed?: readonly { itemId: string; by?: string }[];
  /** Time of the revert entries. */
  now: Date | string;
  /** Login recorded as reverting, default `rollbook`. */
  actor?: string;
}

export interface SignoffCheck {
  /** `input.body` with refused ticks unticked (the same string when nothing was refused). */
  body: string;
  state: ChecklistState;
  accepted: AcceptedSignoff[];
  refused: RefusedSignoff[];
  /** The comment to post when something was refused; it mentions only approvers. */
  comment?: string;
}

function permissionAtLeast(have: RepoPermission | undefined, need: RepoPermission): boolean {
  return have !== undefined && REPO_PERMISSIONS.indexOf(have) >= REPO_PERMISSIONS.indexOf(need);
}

function lookup<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  if (!record) return undefined;
  const wanted = loginKey(key);
  for (const [k, v] of Object.entries(record)) if (loginKey(k) === wanted) return v;
  return undefined;
}

/** The approver entry `login` counts for, or undefined. */
function approverFor(
  login: string,
  approvers: readonly string[],
  directory: SignoffDirectory,
  policy: SignoffPolicy,
): string | null | undefined {
  if (approvers.some((a) => !a.includes('/') && loginKey(a) === login)) return null;
  for (const team of approvers.filter((a) => a.includes('/'))) {
    const members = lookup(directory.teams, team);
    if (members) {
      if (members.some((m) => loginKey(m) === login)) return team;
    } else if (policy.minPermission && permissionAtLeast(lookup(directory.permissions, login), policy.minPermission)) {
      return team;
    }
  }
  return undefined;
}

const REASONS: Record<RefusalReason, string> = {
  'not-approver': 'who is not an approver for it',
  author: 'who is an author of the change and may not approve it',
  duplicate: 'who had already signed off this gate',
  unverified: "but GitHub's edit history does not show who ticked it",
  'state-only': "only in the hidden state block: Rollbook takes a sign-off only from GitHub's edit history",
};

/** The teams and logins worth looking up for the ticked sign-offs of a phase (nothing else is needed). */
export function signoffLookups(input: Pick<SignoffCheckInput, 'plan' | 'phaseId' | 'body' | 'state' | 'guards'>): {
  teams: string[];
  logins: string[];
} {
  const parsed = parseIssueBody(input.body);
  const state = input.state ?? parsed.state;
  const teams = new Set<string>();
  const logins = new Set<string>();
  for (const entry of phaseEntries(input.plan, input.phaseId, input.guards ?? [])) {
    if (entry.kind !== 'signoff' || parsed.ticks.get(entry.id) !== true) continue;
    for (const a of entry.gate!.signoff ?? []) if (a.includes('/')) teams.add(a);
    const by = state?.ticks[entry.id]?.by;
    if (by) logins.add(by);
  }
  return { teams: [...teams].sort(), logins: [...logins].sort() };
}

export function checkSignoffTicks(input: SignoffCheckInput): SignoffCheck {
  const { plan, phaseId, directory = {}, policy = {} } = input;
  const parsed = parseIssueBody(input.body);
  const state = input.state ?? parsed.state ?? emptyState('phase', plan.metadata.name, phaseId);
  const authors = new Set(
    [plan.metadata.author, ...(policy.authors ?? [])].filter((a): a is string => !!a).map(loginKey),
  );
  const accepted: AcceptedSignoff[] = [];
  const refused: RefusedSignoff[] = [];

  const slots = phaseEntries(plan, phaseId, input.guards ?? []).filter((e) => e.kind === 'signoff');
  const byGate = new Map<string, typeof slots>();
  for (const slot of slots) byGate.set(slot.gate!.id, [...(byGate.get(slot.gate!.id) ?? []), slot]);
  for (const [gateId, gateSlots] of byGate) {
    const gate = gateSlots[0]!.gate!;
    const ticked = gateSlots
      .filter((e) => parsed.ticks.get(e.id) === true)
      .map((e) => ({ entry: e, info: state.ticks[e.id] ?? {} }))
      .sort((a, b) => compareCodePoints(a.info.at ?? '\uffff', b.info.at ?? '\uffff') || a.entry.slot! - b.entry.slot!);
    const counted = new Set<string>();
    for (const { entry, info } of ticked) {
      const base = { itemId: entry.id, gateId, slot: entry.slot!, ...(info.at ? { at: info.at } : {}) };
      if (!info.by) {
        if (policy.revertUnverified !== false) refused.push({ ...base, reason: 'unverified' });
        continue;
      }
      const who = loginKey(info.by);
      const withBy = { ...base, by: info.by };
      const as = approverFor(who, gate.signoff ?? [], directory, policy);
      if (as === undefined) refused.push({ ...withBy, reason: 'not-approver' });
      else if (authors.has(who) && !authorMaySignOff(gate, policy.allowAuthor))
        refused.push({ ...withBy, reason: 'author' });
      else if (counted.has(who)) refused.push({ ...withBy, reason: 'duplicate' });
      else {
        counted.add(who);
        accepted.push(as === null ? withBy : { ...withBy, as });
      }
    }
  }

  for (const claim of input.claimed ?? []) {
    const slot = slots.find((s) => s.id === claim.itemId);
    if (!slot || parsed.ticks.get(slot.id) === true) continue;
    refused.push({
      itemId: slot.id,
      gateId: slot.gate!.id,
      slot: slot.slot!,
      ...(claim.by ? { by: claim.by } : {}),
      reason: 'state-only',
    });
  }

  if (refused.length === 0) return { body: input.body, state, accepted, refused };

  const at = isoSeconds(input.now);
  const actor = input.actor ?? 'rollbook';
  const entries: AuditEntry[] = refused.map((r) => ({
    itemId: r.itemId,
    checked: false,
    by: actor,
    at,
    note: `reverted: ${r.reason}`,
  }));
  const revertIds = new Set(refused.map((r) => r.itemId));
  const nextState = recordEntries(state, entries);
  const revertLines = new Set(parsed.items.filter((i) => revertIds.has(i.id)).map((i) => i.bodyLine));
  const lines = input.body.split('\n').map((line, index) => (revertLines.has(index) ? setCheckbox(line, false) : line));
  const body = withState(lines.join('\n'), nextState);
  return { body, state: nextState, accepted, refused, comment: signoffComment(plan, phaseId, refused, slots, policy) };
}

function signoffComment(
  plan: RolloutPlan,
  phaseId: string,
  refused: readonly RefusedSignoff[],
  slots: ReturnType<typeof phaseEntries>,
  policy: SignoffPolicy,
): string {
  const hidden = signoffRevertedMarker(plan.metadata.name, phaseId);
  const count = refused.length;
  const lines = [
    hidden,
    `**Rollbook unticked ${count === 1 ? 'a sign-off' : `${count} sign-offs`} on this phase.**`,
    '',
  ];
  for (const r of refused) {
    const total = slots.filter((s) => s.gate!.id === r.gateId).length;
    const who = r.by ? ` by ${inertLogin(r.by)}` : '';
    const what =
      r.reason === 'state-only' ? `was claimed${r.by ? ` for ${inertLogin(r.by)}` : ''}` : `was ticked${who},`;
    lines.push(`- Sign-off ${r.slot} of ${total} for gate ${code(r.gateId)} ${what} ${REASONS[r.reason]}.`);
  }
  lines.push('');
  const gates = [...new Set(refused.map((r) => r.gateId))];
  for (const gateId of gates) {
    const gate = slots.find((s) => s.gate!.id === gateId)!.gate!;
    const authorRule = authorMaySignOff(gate, policy.allowAuthor) ? '' : ' Authors of the change may not sign off.';
    const team =
      (gate.signoff ?? []).some((a) => a.includes('/')) && policy.minPermission
        ? ` Members of a team Rollbook cannot see count with ${policy.minPermission} access or more.`
        : '';
    lines.push(
      `Who may sign off ${code(gateId)}: ${handleList(gate.signoff ?? [], 'or')} (${signoffsNeeded(gate)} needed).${authorRule}${team}`,
    );
  }
  if (refused.some((r) => r.reason === 'unverified'))
    lines.push('', 'If you are an approver, tick it again: the edit history then shows that you did.');
  return `${lines.join('\n')}\n`;
}
