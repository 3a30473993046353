// POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches: checks what GitHub
// checks (the permission, the ref, the workflow file on it, its workflow_dispatch trigger, the
// declared inputs), records the dispatch, and answers 204, or 200 with the run's URLs when
// `return_run_details` is true.
import { parse } from 'yaml';
import { GitHubError, notFound } from '../http/errors.ts';
import { repoApiUrl, repoHtmlUrl } from '../render/context.ts';
import type { RestHandlers } from './types.ts';

const WORKFLOWS_DIR = '.github/workflows/';

type Trigger = { workflow_dispatch?: { inputs?: Record<string, unknown> } | null } | string | string[] | null;

/** The workflow_dispatch trigger's declared input names, or undefined when it has no such trigger. */
function dispatchInputs(text: string): Set<string> | undefined {
  const on = (parse(text) as { on?: Trigger; true?: Trigger } | null)?.on;
  if (on === 'workflow_dispatch') return new Set();
  if (Array.isArray(on)) return on.includes('workflow_dispatch') ? new Set() : undefined;
  if (!on || typeof on !== 'object' || !('workflow_dispatch' in on)) return undefined;
  return new Set(Object.keys(on.workflow_dispatch?.inputs ?? {}));
}

export const actionHandlers: RestHandlers = {
  'actions/create-workflow-dispatch': (request, ctx) => {
    if (!ctx.state.actions.dispatchAllowed) throw new GitHubError(403, 'Resource not accessible by integration');
    const body = request.body as { ref: string; inputs?: Record<string, unknown>; return_run_details?: boolean };
    const workflow = request.params['workflow_id']!;
    const commit = ctx.state.git.resolve(body.ref.replace(/^refs\/heads\//, ''));
    if (!commit) throw new GitHubError(422, `No ref found for: ${body.ref}`);
    const text = commit.files.get(`${WORKFLOWS_DIR}${workflow}`);
    if (text === undefined) throw notFound();
    const declared = dispatchInputs(text);
    if (!declared) throw new GitHubError(422, "Workflow does not have 'workflow_dispatch' trigger");
    const unexpected = Object.keys(body.inputs ?? {}).filter((name) => !declared.has(name));
    if (unexpected.length > 0) throw new GitHubError(422, `Unexpected inputs provided: ${JSON.stringify(unexpected)}`);
    const runId = ctx.state.ids.next();
    ctx.state.actions.dispatches.push({
      workflow,
      ref: body.ref,
      inputs: { ...(body.inputs ?? {}) },
      actor: request.actor.login,
      runId,
      at: ctx.state.clock.iso(),
    });
    if (!body.return_run_details) return { status: 204 };
    return {
      status: 200,
      body: {
        workflow_run_id: runId,
        run_url: repoApiUrl(ctx, `/actions/runs/${runId}`),
        html_url: repoHtmlUrl(ctx, `/actions/runs/${runId}`),
      },
    };
  },
};
