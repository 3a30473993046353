// The comment that explains reverted sign-offs. It is posted once per set of refused ticks: a
// hidden key (a hash of which items, who and when) marks it, and a rerun that finds the key in
// an existing comment posts nothing.
import { createHash } from 'node:crypto';
import type { RefusedSignoff } from '../../checklist/authorize.ts';
import type { GitHubClient } from '../../github/client.ts';
import { listComments } from '../../github/comments.ts';
import { sameLogin } from '../../github/login.ts';
import type { RepoRef } from '../../github/repo.ts';
import type { Clock } from '../../runtime/clock.ts';
import type { Logger } from '../../runtime/logger.ts';
import { hasRefusalMarker, refusalMarker, withMarker } from '../../text/markers.ts';
import { writeOnce } from './create.ts';
import type { Writer } from './writer.ts';

const KEY_CHARS = 16;

export function refusalKey(refused: readonly RefusedSignoff[]): string {
  const parts = refused.map((r) => `${r.itemId}|${r.by ?? ''}|${r.at ?? ''}|${r.reason}`).sort();
  return createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, KEY_CHARS);
}

export async function postRefusalComment(
  io: { github: GitHubClient; repo: RepoRef; writer: Writer; log: Logger; clock: Clock; viewer?: string },
  number: number,
  comment: string,
  refused: readonly RefusedSignoff[],
): Promise<void> {
  const key = refusalKey(refused);
  // Only our own comments count: anyone could paste the key into theirs.
  const posted = async () =>
    (await listComments(io.github, io.repo, number)).some(
      (c) => hasRefusalMarker(c.body, key) && (io.viewer === undefined || sameLogin(c.author, io.viewer)),
    );
  if (await posted()) return;
  const body = `${withMarker(comment.trimEnd(), refusalMarker(key))}\n`;
  await writeOnce(
    io,
    `posting the sign-off comment on #${number}`,
    () => io.writer.createComment(number, body),
    async () => ((await posted()) ? { made: undefined } : undefined),
  );
}
