// Who ticked what, and when, from GitHub's own record of an issue body: its edit history (ADR 7,
// "Trust model"). Pure: the revisions arrive as data (github/edit-history.ts reads them).
//
// The newest readable revision written by the action itself, whose state block is current
// (`"v":2`), is a checkpoint: what the action verified when it wrote it. Every later revision is
// replayed oldest first; a box that goes from unticked to ticked was ticked by that revision's
// editor at its time. Nothing else is believed: not a state block people wrote, not an event.
// A revision deleted from history breaks the chain, and ticks standing after it have no ticker
// (their time is the first readable revision that shows them: later, never earlier).

import { byKey, compareCodePoints } from '../text/order.ts';
import { isoSeconds } from '../text/time.ts';
import { parseIssueBody } from './parse.ts';
import { type AuditEntry, type ChecklistState, compactLog, emptyState, type TickInfo } from './state-block.ts';

/** One revision of the body as GitHub keeps it. */
export interface Revision {
  /** When GitHub says it was made (`editedAt`). */
  at: string;
  /** The login GitHub attributes it to; undefined when it names nobody (a deleted account). */
  editor?: string;
  /** The full text; undefined when the revision was deleted from history. */
  body?: string;
}

export interface IssueHistory {
  /** Oldest first; the last is the current body. */
  revisions: readonly Revision[];
  /**
   * True when the first revision is the issue's creation (or the list reaches back to a
   * checkpoint). False when older revisions were not read: whatever came before is unknown.
   */
  complete: boolean;
}

export interface VerifyInput {
  plan: string;
  phase: string;
  history: IssueHistory;
  /** Is this login the action's own (the token's `viewer`)? Its revisions are never a person's. */
  isActor: (login: string) => boolean;
}

export interface VerifiedTicks {
  /**
   * The state to trust: ticks with GitHub's ticker and time (no `by` where none is known), the
   * audit trail with what the replay added, and the checkpoint's other fields.
   */
  state: ChecklistState;
  /** Audit entries the replay added, oldest first. */
  added: AuditEntry[];
  /** Index of the checkpoint revision, if any. */
  checkpoint?: number;
  /** Ticked items nobody can be named for (after a deleted revision, in the action's own revision, …). */
  unattributed: string[];
  /**
   * Ticks the current body's state block claims (someone other than the action wrote it) that
   * neither the checkpoint nor the history bears out: an edited or forged state block.
   */
  claimed: { itemId: string; by?: string }[];
}

/** A deleted account: GitHub shows its revisions as `ghost`. */
export const GHOST_LOGIN = 'ghost';

function keyed(state: ChecklistState | undefined, plan: string, phase: string): state is ChecklistState {
  return state !== undefined && state.kind === 'phase' && state.plan === plan && state.phase === phase;
}

/** Ticks of this issue's items in one body: id → checked. Lines of other issues are ignored. */
function ticksOf(body: string, prefix: string): Map<string, boolean> {
  const ticks = new Map<string, boolean>();
  for (const [id, checked] of parseIssueBody(body).ticks) if (id.startsWith(prefix)) ticks.set(id, checked);
  return ticks;
}

/** The checkpoint's state, when this revision is one: the action's own, readable, current-format state of this issue. */
export function checkpointState(
  revision: Revision,
  isActor: (login: string) => boolean,
  plan: string,
  phase: string,
): ChecklistState | undefined {
  if (revision.body === undefined || !revision.editor || !isActor(revision.editor)) return undefined;
  const state = parseIssueBody(revision.body).state;
  return keyed(state, plan, phase) && !state.legacy ? state : undefined;
}

/** The index of the newest trusted checkpoint, and its state. */
function findCheckpoint(input: VerifyInput): { index: number; state: ChecklistState } | undefined {
  const { revisions } = input.history;
  for (let i = revisions.length - 1; i >= 0; i--) {
    const state = checkpointState(revisions[i]!, input.isActor, input.plan, input.phase);
    if (state) return { index: i, state };
  }
  return undefined;
}

/** The newest readable state the action wrote, legacy or not: fingerprints and removed texts only. */
function newestOwnState(input: VerifyInput): ChecklistState | undefined {
  const { revisions } = input.history;
  for (let i = revisions.length - 1; i >= 0; i--) {
    const revision = revisions[i]!;
    if (revision.body === undefined || !revision.editor || !input.isActor(revision.editor)) continue;
    const state = parseIssueBody(revision.body).state;
    if (keyed(state, input.plan, input.phase)) return state;
  }
  return undefined;
}

export function verifyIssueHistory(input: VerifyInput): VerifiedTicks {
  const { plan, phase, history } = input;
  const prefix = `${plan}/${phase}/`;
  const checkpoint = findCheckpoint(input);
  const base: ChecklistState = checkpoint
    ? checkpoint.state
    : { ...emptyState('phase', plan, phase), ...withoutTicks(newestOwnState(input)) };

  const ticked = new Map<string, TickInfo>();
  if (checkpoint) for (const [id, info] of Object.entries(checkpoint.state.ticks)) ticked.set(id, { ...info });
  // Before the first revision replayed: the checkpoint, the empty body before creation, or unknown.
  let gap = !checkpoint && !history.complete;
  const added: AuditEntry[] = [];
  const start = checkpoint ? checkpoint.index + 1 : 0;

  for (const revision of history.revisions.slice(start)) {
    if (revision.body === undefined) {
      gap = true;
      continue;
    }
    const at = isoSeconds(revision.at);
    const ticks = ticksOf(revision.body, prefix);
    const person = revision.editor && !input.isActor(revision.editor) ? revision.editor : undefined;
    if (gap) {
      // Whatever happened in the revisions we cannot read: nobody can be named for a tick standing now.
      for (const id of [...ticked.keys()]) if (ticks.get(id) === false) ticked.delete(id);
      for (const id of ticked.keys()) ticked.set(id, { at, observed: true });
      for (const [id, checked] of ticks) if (checked && !ticked.has(id)) ticked.set(id, { at, observed: true });
      gap = false;
      continue;
    }
    for (const [id, checked] of ticks) {
      const was = ticked.has(id);
      if (checked === was) continue;
      const by = revision.editor ?? GHOST_LOGIN;
      if (checked) {
        ticked.set(id, person ? { by: person, at } : { at, observed: true });
        if (person) added.push({ itemId: id, checked: true, by: person, at });
      } else {
        // A line someone deleted is absent, not unticked: only an unticked box unticks.
        ticked.delete(id);
        added.push({ itemId: id, checked: false, by, at });
      }
    }
  }
  // History that ends in a deleted revision cannot happen on GitHub (the current body is always
  // readable); if it does, nothing standing can be named.
  if (gap) for (const [id, info] of ticked) ticked.set(id, info.at ? { at: info.at, observed: true } : {});

  const ticks = Object.fromEntries([...ticked].sort(byKey));
  const state = compactLog({ ...base, ticks, log: [...base.log, ...added] });
  delete state.legacy;
  const unattributed = Object.keys(ticks).filter((id) => !ticks[id]!.by);
  const claimed = claimedTicks(input, checkpoint?.state, ticks);
  return { state, added, ...(checkpoint ? { checkpoint: checkpoint.index } : {}), unattributed, claimed };
}

/** What a state block people wrote says that the record does not. */
function claimedTicks(
  input: VerifyInput,
  checkpoint: ChecklistState | undefined,
  verified: Readonly<Record<string, TickInfo>>,
): VerifiedTicks['claimed'] {
  const current = input.history.revisions.at(-1);
  if (current?.body === undefined || (current.editor && input.isActor(current.editor))) return [];
  const state = parseIssueBody(current.body).state;
  if (!keyed(state, input.plan, input.phase)) return [];
  const same = (a: TickInfo | undefined, b: TickInfo | undefined) => a?.by === b?.by && a?.at === b?.at;
  return Object.entries(state.ticks)
    .filter(([id, info]) => !same(info, checkpoint?.ticks[id]) && !same(info, verified[id]))
    .map(([itemId, info]) => ({ itemId, ...(info.by ? { by: info.by } : {}) }))
    .sort((a, b) => compareCodePoints(a.itemId, b.itemId));
}

/** A legacy or untrusted state without its ticks and log: what is safe to keep from it. */
function withoutTicks(state: ChecklistState | undefined): Partial<ChecklistState> {
  if (!state) return {};
  return { lines: state.lines, removed: { ...state.removed } };
}
