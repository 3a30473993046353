// Which issue is which: every issue read is matched to a plan and phase by the key in its
// hidden begin marker, never by its title or labels. Several issues with one key (a run killed
// after a create whose answer was lost, two runs at once) resolve the same way in every run:
// the oldest wins, the other open ones are duplicates to close with a link to it.

import { setCheckbox, withState } from '../../checklist/merge.ts';
import { parseIssueBody } from '../../checklist/parse.ts';
import type { ChecklistState } from '../../checklist/state-block.ts';
import type { IssueRecord } from '../../github/issue.ts';
import { type IssueKey, readIssueKey } from '../../text/markers.ts';

export interface Duplicate {
  issue: IssueRecord;
  winner: IssueRecord;
}

export interface PlanIssues {
  parent?: IssueRecord;
  /** By phase id. */
  phases: Map<string, IssueRecord>;
  /** Open issues that lost to an older one with the same key. */
  duplicates: Duplicate[];
}

export interface Inventory {
  /** By plan name. */
  plans: Map<string, PlanIssues>;
  /** Every Rollbook issue by number, duplicates included: which plan and phase it is for. */
  keys: Map<number, IssueKey>;
}

const keyString = (key: IssueKey) => `${key.plan}\u0000${key.phase ?? ''}`;

export function planIssues(inventory: Inventory, plan: string): PlanIssues {
  let entry = inventory.plans.get(plan);
  if (!entry) {
    entry = { phases: new Map(), duplicates: [] };
    inventory.plans.set(plan, entry);
  }
  return entry;
}

export function buildInventory(issues: readonly IssueRecord[]): Inventory {
  const inventory: Inventory = { plans: new Map(), keys: new Map() };
  const groups = new Map<string, { key: IssueKey; issues: IssueRecord[] }>();
  for (const issue of issues) {
    const key = readIssueKey(issue.body);
    if (!key) continue;
    inventory.keys.set(issue.number, key);
    const id = keyString(key);
    const group = groups.get(id) ?? { key, issues: [] };
    group.issues.push(issue);
    groups.set(id, group);
  }
  for (const { key, issues: group } of groups.values()) {
    // Issue numbers grow with creation, so the lowest is the oldest, in every run's view.
    const [winner, ...rest] = [...group].sort((a, b) => a.number - b.number);
    const entry = planIssues(inventory, key.plan);
    if (key.kind === 'parent') entry.parent = winner!;
    else entry.phases.set(key.phase!, winner!);
    for (const issue of rest) if (issue.state === 'open') entry.duplicates.push({ issue, winner: winner! });
  }
  return inventory;
}

/**
 * The winner's body with every item ticked in an open duplicate ticked too, so closing the
 * duplicate loses no tick. Who ticked it is not taken from the duplicate's state block (text
 * anyone could have written): plan-sync.ts reads the duplicate's own edit history for that.
 * Returns `body` itself when there is nothing to add.
 */
export function foldDuplicateTicks(body: string, duplicates: readonly string[]): string {
  const winner = parseIssueBody(body);
  if (!winner.hasRegion || !winner.state || duplicates.length === 0) return body;
  const state: ChecklistState = { ...winner.state, ticks: { ...winner.state.ticks }, log: [...winner.state.log] };
  const add = new Set<string>();
  for (const text of duplicates) {
    const dup = parseIssueBody(text);
    for (const [id, ticked] of dup.ticks) {
      if (!ticked || winner.ticks.get(id) === true || state.ticks[id]) continue;
      add.add(id);
      state.ticks[id] = {};
    }
  }
  if (add.size === 0) return body;
  const lines = body.split('\n');
  for (const item of winner.items)
    if (add.has(item.id)) lines[item.bodyLine] = setCheckbox(lines[item.bodyLine]!, true);
  return withState(lines.join('\n'), state);
}
