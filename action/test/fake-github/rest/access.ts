// Team membership and repository permission, for the action's approver checks.
import { notFound } from '../http/errors.ts';
import { renderUser } from '../render/users.ts';
import type { RepositoryRole } from '../state/records.ts';
import type { RestHandlers } from './types.ts';

/** The legacy `permission` field folds the five roles into admin / write / read. */
const LEGACY_PERMISSION: Record<RepositoryRole, 'admin' | 'write' | 'read'> = {
  admin: 'admin',
  maintain: 'write',
  write: 'write',
  triage: 'read',
  read: 'read',
};
const ROLE_ORDER: RepositoryRole[] = ['read', 'triage', 'write', 'maintain', 'admin'];

export const accessHandlers: RestHandlers = {
  'teams/get-membership-for-user-in-org': (request, ctx) => {
    const org = request.params['org']!;
    const teamSlug = request.params['team_slug']!;
    const username = request.params['username']!;
    if (org.toLowerCase() !== ctx.state.owner.toLowerCase() || ctx.state.ownerAccount.type !== 'Organization') {
      throw notFound();
    }
    const membership = ctx.state.access.teamMembership(teamSlug, username);
    if (!membership) throw notFound();
    const url = `${ctx.apiUrl}/organizations/${ctx.state.ownerAccount.id}/team/${teamSlug}/memberships/${username}`;
    return { status: 200, body: { url, role: membership.role, state: membership.state } };
  },

  'repos/get-collaborator-permission-level': (request, ctx) => {
    const user = ctx.state.users.get(request.params['username']!);
    const role = ctx.state.access.role(user.login);
    const rank = role ? ROLE_ORDER.indexOf(role) : -1;
    const permissions = {
      pull: rank >= 0,
      triage: rank >= 1,
      push: rank >= 2,
      maintain: rank >= 3,
      admin: rank >= 4,
    };
    return {
      status: 200,
      body: {
        permission: role ? LEGACY_PERMISSION[role] : 'none',
        role_name: role ?? 'none',
        user: { ...renderUser(ctx, user), permissions, role_name: role ?? 'none' },
      },
    };
  },
};
