// `content-file` and `content-directory` entries for GET /repos/{owner}/{repo}/contents/{path}.
import { createHash } from 'node:crypto';
import { type RenderContext, repoApiUrl, repoHtmlUrl } from './context.ts';

/** Git's blob id: sha1 over "blob <size>\0<content>". */
export function blobSha(content: string): string {
  const bytes = Buffer.from(content);
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

function entryLinks(ctx: RenderContext, path: string, ref: string, type: 'file' | 'dir', sha: string) {
  const api = repoApiUrl(ctx, `/contents/${path}?ref=${encodeURIComponent(ref)}`);
  const html = repoHtmlUrl(ctx, `/${type === 'file' ? 'blob' : 'tree'}/${ref}/${path}`);
  const git = repoApiUrl(ctx, `/git/${type === 'file' ? 'blobs' : 'trees'}/${sha}`);
  return { url: api, html_url: html, git_url: git, _links: { self: api, git, html } };
}

export function renderFile(ctx: RenderContext, path: string, ref: string, content: string, withContent: boolean) {
  const sha = blobSha(content);
  const rawBase = `https://raw.githubusercontent.com/${ctx.state.fullName}`;
  return {
    type: 'file',
    encoding: 'base64',
    size: Buffer.byteLength(content),
    name: path.split('/').at(-1)!,
    path,
    sha,
    ...(withContent && { content: wrapBase64(Buffer.from(content).toString('base64')) }),
    ...entryLinks(ctx, path, ref, 'file', sha),
    download_url: `${rawBase}/${ref}/${path}`,
  };
}

export function renderDirectoryEntry(ctx: RenderContext, path: string, ref: string) {
  const sha = createHash('sha1').update(`tree ${path}`).digest('hex');
  return {
    type: 'dir',
    size: 0,
    name: path.split('/').at(-1)!,
    path,
    sha,
    ...entryLinks(ctx, path, ref, 'dir', sha),
    download_url: null,
  };
}

/** GitHub wraps base64 content at 60 characters per line. */
function wrapBase64(text: string): string {
  return `${text.replace(/.{60}/g, '$&\n')}\n`;
}
