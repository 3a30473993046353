// The directory the sign-off check needs: team memberships and repository permissions, looked
// up only for the people whose sign-off the first pass refused as "not an approver" on a gate
// that names a team. A run with no such tick makes no lookup.

import type { RefusedSignoff, SignoffDirectory, SignoffPolicy } from '../../checklist/authorize.ts';
import { type GuardInput, phaseEntries } from '../../checklist/items.ts';
import { collaboratorPermission, type Permission, teamMembership } from '../../github/access.ts';
import type { GitHubClient } from '../../github/client.ts';
import type { RepoRef } from '../../github/repo.ts';
import type { RolloutPlan } from '../../plan/schema.ts';

export interface Refusals {
  phaseId: string;
  refused: readonly RefusedSignoff[];
}

/** Team → logins to check, from refusals that a team membership could overturn. */
export function lookupsFor(
  plan: RolloutPlan,
  guards: Readonly<Record<string, readonly GuardInput[]>>,
  refusals: readonly Refusals[],
): Map<string, Set<string>> {
  const wanted = new Map<string, Set<string>>();
  for (const { phaseId, refused } of refusals) {
    const gates = new Map(
      phaseEntries(plan, phaseId, guards[phaseId] ?? []).flatMap((e) => (e.gate ? [[e.gate.id, e.gate]] : [])),
    );
    for (const r of refused) {
      if (r.reason !== 'not-approver' || !r.by) continue;
      for (const team of (gates.get(r.gateId)?.signoff ?? []).filter((a) => a.includes('/'))) {
        const logins = wanted.get(team) ?? new Set<string>();
        logins.add(r.by.replace(/^@/, ''));
        wanted.set(team, logins);
      }
    }
  }
  return wanted;
}

/** Looks the pairs up. A team the token cannot read is null (the policy's minPermission then decides). */
export async function lookUpDirectory(
  github: GitHubClient,
  repo: RepoRef,
  wanted: ReadonlyMap<string, ReadonlySet<string>>,
  policy: SignoffPolicy,
): Promise<SignoffDirectory> {
  const teams: Record<string, string[] | null> = {};
  const unreadableLogins = new Set<string>();
  for (const [team, logins] of wanted) {
    const members: string[] = [];
    let readable = true;
    for (const login of logins) {
      const membership = await teamMembership(github, team, login);
      if (membership === 'member') members.push(login);
      if (membership === 'unreadable') {
        readable = false;
        unreadableLogins.add(login);
      }
    }
    teams[team] = readable ? members : null;
  }
  const permissions: Record<string, Permission> = {};
  if (policy.minPermission)
    for (const login of unreadableLogins) permissions[login] = await collaboratorPermission(github, repo, login);
  return { teams, permissions };
}
