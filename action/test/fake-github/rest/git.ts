// Writing to branches: GET and POST /git/refs, PUT /contents/{path} (create a file on a branch),
// and POST /pulls. Enough for an action that opens a pull request with one new file.
import { createHash } from 'node:crypto';
import { GitHubError, notFound, validationFailed } from '../http/errors.ts';
import { renderFile } from '../render/contents.ts';
import { type RenderContext, repoApiUrl, repoHtmlUrl } from '../render/context.ts';
import { renderPullRequest } from '../render/pulls.ts';
import type { RestHandlers } from './types.ts';

const BRANCH_REF = /^refs\/heads\/(.+)$/;

function renderRef(ctx: RenderContext, branch: string, sha: string) {
  return {
    ref: `refs/heads/${branch}`,
    node_id: `REF_${createHash('sha1').update(branch).digest('hex').slice(0, 16)}`,
    url: repoApiUrl(ctx, `/git/refs/heads/${branch}`),
    object: { type: 'commit', sha, url: repoApiUrl(ctx, `/git/commits/${sha}`) },
  };
}

export const gitHandlers: RestHandlers = {
  'git/get-ref': (request, ctx) => {
    const ref = request.params['ref'] ?? '';
    const branch = /^heads\/(.+)$/.exec(ref)?.[1];
    const sha = branch === undefined ? undefined : ctx.state.git.branchSha(branch);
    if (!branch || !sha) throw notFound();
    return { status: 200, body: renderRef(ctx, branch, sha) };
  },

  'git/create-ref': (request, ctx) => {
    const body = request.body as { ref: string; sha: string };
    const branch = BRANCH_REF.exec(body.ref)?.[1];
    if (!branch) throw validationFailed({ resource: 'Reference', code: 'invalid', field: 'ref' });
    if (ctx.state.git.branchSha(branch)) throw new GitHubError(422, 'Reference already exists');
    if (!ctx.state.git.createBranch(branch, body.sha)) throw new GitHubError(422, 'Object does not exist');
    const reply = renderRef(ctx, branch, body.sha);
    return { status: 201, body: reply, headers: { location: reply.url } };
  },

  'repos/create-or-update-file-contents': (request, ctx) => {
    const body = request.body as { message: string; content: string; branch?: string; sha?: string };
    const path = (request.params['path'] ?? '').replace(/^\/+|\/+$/g, '');
    const branch = body.branch ?? ctx.state.git.defaultBranch;
    const commit = ctx.state.git.resolve(branch);
    if (!commit) throw notFound();
    const existing = commit.files.get(path);
    // GitHub needs the blob sha of the file being replaced; without it an existing file is a 422.
    if (existing !== undefined && body.sha === undefined)
      throw validationFailed({ resource: 'Contents', code: 'missing_field', field: 'sha' });
    const content = Buffer.from(body.content, 'base64').toString('utf8');
    const sha = ctx.state.git.commit(branch, { [path]: content });
    const now = ctx.state.clock.iso();
    const actor = { name: request.actor.login, email: `${request.actor.login}@users.noreply.github.com`, date: now };
    return {
      status: existing === undefined ? 201 : 200,
      body: {
        content: renderFile(ctx, path, branch, content, false),
        commit: {
          sha,
          node_id: `C_${sha.slice(0, 16)}`,
          url: repoApiUrl(ctx, `/git/commits/${sha}`),
          html_url: repoHtmlUrl(ctx, `/commit/${sha}`),
          author: actor,
          committer: actor,
          message: body.message,
          tree: { url: repoApiUrl(ctx, `/git/trees/${sha}`), sha },
          parents: [],
          verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
        },
      },
    };
  },

  'pulls/create': (request, ctx) => {
    const body = request.body as { title?: string; head: string; base: string; body?: string; draft?: boolean };
    if (!ctx.state.actionsMayCreatePulls && request.actor.type === 'Bot')
      throw new GitHubError(403, 'GitHub Actions is not permitted to create or approve pull requests.');
    if (!ctx.state.git.branchSha(body.head) || !ctx.state.git.branchSha(body.base))
      throw validationFailed({ resource: 'PullRequest', code: 'invalid', field: 'head' });
    const open = ctx.state.issues
      .all()
      .some((i) => i.pull && i.state === 'open' && i.pull.headRef === body.head && i.pull.baseRef === body.base);
    if (open)
      throw validationFailed({
        resource: 'PullRequest',
        code: 'custom',
        message: `A pull request already exists for ${ctx.state.owner}:${body.head}.`,
      });
    const pull = ctx.state.addPullRequest({
      title: body.title ?? body.head,
      body: body.body ?? null,
      author: request.actor.login,
      head: body.head,
      base: body.base,
      ...(body.draft !== undefined ? { draft: body.draft } : {}),
    });
    const rendered = renderPullRequest(ctx, pull);
    return { status: 201, body: rendered, headers: { location: String(rendered['url']) } };
  },
};
