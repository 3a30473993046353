// The per-plan commit status of the watch (`rollbook/watch/<plan>`) on the commit whose plans the
// run judged (GITHUB_SHA: on a schedule, the default branch's head). The commit's statuses are read
// once per run, and a plan's status is written only when its state or description differs from
// what the commit shows: a run that measured nothing new writes none. Without `statuses: write`
// GitHub answers 403: one warning, and no more tries this run. docs/adr/0042-acting-on-a-breach.md.
import { statusForWatch, WATCH_STATUS_PREFIX, type WatchCommitStatus } from '../../gates/commit-status.ts';
import { VERDICT_PRECEDENCE } from '../../gates/verdict.ts';
import type { GitHubClient } from '../../github/client.ts';
import { errorMessage, isForbidden, isNotFound, isUnprocessable } from '../../github/errors.ts';
import type { RepoRef } from '../../github/repo.ts';
import { type CommitStatusSnapshot, latestStatuses } from '../../github/statuses.ts';
import type { Logger } from '../../runtime/logger.ts';
import type { WatchVerdictName } from '../../watch/verdict.ts';
import type { Writer } from './writer.ts';

export interface PhaseVerdict {
  phase: string;
  verdict: WatchVerdictName;
  reasons: readonly string[];
}

/** The worst verdict among a plan's watched phases (plan order breaks ties); undefined for none. */
export function worstVerdict(phases: readonly PhaseVerdict[]): PhaseVerdict | undefined {
  let worst: PhaseVerdict | undefined;
  for (const p of phases)
    if (!worst || VERDICT_PRECEDENCE.indexOf(p.verdict) < VERDICT_PRECEDENCE.indexOf(worst.verdict)) worst = p;
  return worst;
}

export class WatchStatusBoard {
  readonly #io: { github: GitHubClient; repo: RepoRef; writer: Writer; log: Logger };
  readonly #sha: string;
  #current: Promise<CommitStatusSnapshot[]> | undefined;
  #disabled = false;

  constructor(io: { github: GitHubClient; repo: RepoRef; writer: Writer; log: Logger }, sha: string) {
    this.#io = io;
    this.#sha = sha;
  }

  #read(): Promise<CommitStatusSnapshot[]> {
    this.#current ??= latestStatuses(this.#io.github, this.#io.repo, this.#sha);
    return this.#current;
  }

  /**
   * Sets plan `plan`'s status from its watched phases' verdicts. A plan with no watched phase gets
   * "nothing watched" only when the commit already carries its status (one a phase left behind).
   */
  async update(plan: string, phases: readonly PhaseVerdict[]): Promise<void> {
    if (this.#disabled) return;
    const worst = worstVerdict(phases);
    const wanted: WatchCommitStatus = statusForWatch(plan, worst);
    try {
      const shown = (await this.#read()).find((s) => s.context === wanted.context);
      if (!worst && !shown) return;
      if (shown && shown.state === wanted.state && (shown.description ?? '') === wanted.description) return;
      await this.#io.writer.setCommitStatus(this.#sha, wanted);
    } catch (error) {
      // Not the readings' fault: warn once, and the sync goes on without statuses this run.
      if (isForbidden(error)) {
        this.#disabled = true;
        this.#io.log.warning(
          `the ${WATCH_STATUS_PREFIX}<plan> commit statuses were not set: GitHub answered 403 (${errorMessage(error)}); give the workflow \`permissions: statuses: write\` to have them`,
        );
        return;
      }
      if (!isNotFound(error) && !isUnprocessable(error)) throw error;
      this.#disabled = true;
      this.#io.log.warning(
        `the ${WATCH_STATUS_PREFIX}<plan> commit statuses were not set: GitHub does not know commit ${this.#sha} (${errorMessage(error)})`,
      );
    }
  }
}
