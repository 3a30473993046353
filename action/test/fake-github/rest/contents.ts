// GET /repos/{owner}/{repo}/contents/{path}: a file (base64, or raw with the raw media type) or a
// directory listing, at any branch or sha; the default branch when `ref` is omitted.
import { notFound } from '../http/errors.ts';
import { renderDirectoryEntry, renderFile } from '../render/contents.ts';
import type { RestHandlers } from './types.ts';

const RAW_MEDIA_TYPE = 'application/vnd.github.raw';
/** Octokit's `mediaType: { format: 'raw' }` asks for the v3 spelling. */
const RAW_ACCEPT = /application\/vnd\.github(?:\.v3)?\.raw/;

export const contentHandlers: RestHandlers = {
  'repos/get-content': (request, ctx) => {
    const ref = request.query.get('ref') ?? ctx.state.git.defaultBranch;
    const commit = ctx.state.git.resolve(ref);
    if (!commit) throw notFound();
    const path = (request.params['path'] ?? '').replace(/^\/+|\/+$/g, '');
    const content = commit.files.get(path);
    if (content !== undefined) {
      if (RAW_ACCEPT.test(String(request.headers.accept ?? ''))) {
        return { status: 200, raw: { contentType: `${RAW_MEDIA_TYPE}; charset=utf-8`, text: content } };
      }
      return { status: 200, body: renderFile(ctx, path, ref, content, true) };
    }
    const entries = directoryEntries([...commit.files.keys()], path);
    if (entries.size === 0) throw notFound();
    const listing = [...entries]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([entry, isFile]) =>
        isFile ? renderFile(ctx, entry, ref, commit.files.get(entry)!, false) : renderDirectoryEntry(ctx, entry, ref),
      );
    return { status: 200, body: listing };
  },
};

/** Immediate children of `dir`: path → true for files, false for subdirectories. */
function directoryEntries(paths: string[], dir: string): Map<string, boolean> {
  const prefix = dir === '' ? '' : `${dir}/`;
  const entries = new Map<string, boolean>();
  for (const path of paths) {
    if (!path.startsWith(prefix)) continue;
    const [first, ...rest] = path.slice(prefix.length).split('/');
    entries.set(prefix + first, rest.length === 0);
  }
  return entries;
}
