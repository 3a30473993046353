// The comment that explains reverted sign-offs. It is posted once per set of refused ticks: a
// hidden key (a hash of which items, who and when) marks it, and a rerun that finds the key in
// an existing comment posts nothing.
import { createHash } from 'node:crypto';
import * as core from '@actions/core';
import type { RefusedSignoff } from '../../checklist/index.ts';
import type { GitHubClient } from '../../github/client.ts';
import { listCommentBodies } from '../../github/comments.ts';
import { errorMessage, isOutcomeUnknown } from '../../github/errors.ts';
import type { RepoRef } from '../../github/repo.ts';
import type { Writer } from './writer.ts';

const KEY_CHARS = 16;

export function refusalKey(refused: readonly RefusedSignoff[]): string {
  const parts = refused.map((r) => `${r.itemId}|${r.by ?? ''}|${r.at ?? ''}|${r.reason}`).sort();
  return createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, KEY_CHARS);
}

export const refusalMarker = (key: string) => `<!-- rollbook:refusal ${key} -->`;

export async function postRefusalComment(
  io: { github: GitHubClient; repo: RepoRef; writer: Writer },
  number: number,
  comment: string,
  refused: readonly RefusedSignoff[],
): Promise<void> {
  const marker = refusalMarker(refusalKey(refused));
  const posted = async () => (await listCommentBodies(io.github, io.repo, number)).some((b) => b.includes(marker));
  if (await posted()) return;
  const body = `${comment.trimEnd()}\n${marker}\n`;
  try {
    await io.writer.createComment(number, body);
  } catch (error) {
    if (!isOutcomeUnknown(error)) throw error;
    core.warning(`posting the sign-off comment on #${number} failed (${errorMessage(error)}); checking`);
    if (!(await posted())) await io.writer.createComment(number, body);
  }
}
