// The comment that says Rollbook set a measured metric gate back from the data (checklist/measured.ts).
// Each item is explained once on an issue: every comment carries a hidden marker per item, and a
// run first reads the action's own comments and leaves out the items they already name. The
// comment goes out before the body that sets the boxes back, so a killed run's rerun finds it.
import { measuredRevertComment, type RevertedMeasured } from '../../checklist/measured.ts';
import type { GitHubClient } from '../../github/client.ts';
import { listComments } from '../../github/comments.ts';
import { sameLogin } from '../../github/login.ts';
import type { RepoRef } from '../../github/repo.ts';
import { REST_FALLBACK_AUTHOR } from '../../github/sticky-comment.ts';
import type { Clock } from '../../runtime/clock.ts';
import type { Logger } from '../../runtime/logger.ts';
import { measuredRevertItems } from '../../text/markers.ts';
import { writeOnce } from './create.ts';
import type { Writer } from './writer.ts';

export async function postMeasuredComment(
  io: { github: GitHubClient; repo: RepoRef; writer: Writer; log: Logger; clock: Clock; viewer?: string },
  number: number,
  reverted: readonly RevertedMeasured[],
): Promise<void> {
  // Only our own comments count: anyone could paste the markers into theirs. Without the token's
  // login (issues read over REST), ours are the default token's account's, as for breach comments.
  const author = io.viewer ?? REST_FALLBACK_AUTHOR;
  const explained = async () => {
    const items = new Set<string>();
    for (const c of await listComments(io.github, io.repo, number))
      if (sameLogin(c.author, author)) for (const id of measuredRevertItems(c.body)) items.add(id);
    return items;
  };
  const before = await explained();
  const fresh = reverted.filter((r) => !before.has(r.itemId));
  if (fresh.length === 0) return;
  await writeOnce(
    io,
    `posting the measured-gate comment on #${number}`,
    () => io.writer.createComment(number, measuredRevertComment(fresh)),
    async () => {
      const after = await explained();
      return fresh.every((r) => after.has(r.itemId)) ? { made: undefined } : undefined;
    },
  );
}
