// Commit statuses and check runs, keyed by commit sha.

import { notFound } from '../http/errors.ts';
import type { Clock } from './clock.ts';
import { type IdAllocator, nodeId } from './ids.ts';
import type { CheckRunRecord, CheckStatus, CommitState, StatusRecord } from './records.ts';

export interface NewStatus {
  sha: string;
  state: CommitState;
  context?: string;
  description?: string | null;
  targetUrl?: string | null;
  creator: string;
}

export interface CheckRunInput {
  name?: string;
  status?: CheckStatus;
  conclusion?: string | null;
  startedAt?: string;
  completedAt?: string;
  externalId?: string;
  detailsUrl?: string;
  output?: { title?: string; summary?: string; text?: string };
}

export class ChecksStore {
  readonly #ids: IdAllocator;
  readonly #clock: Clock;
  readonly #statuses: StatusRecord[] = [];
  readonly #checkRuns: CheckRunRecord[] = [];
  /** One check suite per head sha, as GitHub Actions creates. */
  readonly #suites = new Map<string, number>();

  constructor(ids: IdAllocator, clock: Clock) {
    this.#ids = ids;
    this.#clock = clock;
  }

  createStatus(input: NewStatus): StatusRecord {
    const id = this.#ids.next();
    const now = this.#clock.iso();
    const status: StatusRecord = {
      id,
      nodeId: nodeId('SC', id),
      sha: input.sha,
      state: input.state,
      context: input.context ?? 'default',
      description: input.description ?? null,
      targetUrl: input.targetUrl ?? null,
      creator: input.creator,
      createdAt: now,
      updatedAt: now,
    };
    this.#statuses.push(status);
    return status;
  }

  /** Newest first, as GitHub lists them. */
  statusesFor(sha: string): StatusRecord[] {
    return this.#statuses.filter((s) => s.sha === sha).reverse();
  }

  /** The latest status per context, newest first: what the combined status is made of. */
  latestStatusesFor(sha: string): StatusRecord[] {
    const seen = new Set<string>();
    return this.statusesFor(sha).filter((s) => !seen.has(s.context) && seen.add(s.context));
  }

  createCheckRun(headSha: string, input: CheckRunInput & { name: string }): CheckRunRecord {
    const id = this.#ids.next();
    const suiteId = this.#suites.get(headSha) ?? this.#ids.next();
    this.#suites.set(headSha, suiteId);
    const status = input.conclusion ? 'completed' : (input.status ?? 'queued');
    const now = this.#clock.iso();
    const run: CheckRunRecord = {
      id,
      nodeId: nodeId('CR', id),
      headSha,
      name: input.name,
      status,
      conclusion: input.conclusion ?? null,
      startedAt: input.startedAt ?? now,
      completedAt: status === 'completed' ? (input.completedAt ?? now) : null,
      externalId: input.externalId ?? null,
      detailsUrl: input.detailsUrl ?? null,
      output: {
        title: input.output?.title ?? null,
        summary: input.output?.summary ?? null,
        text: input.output?.text ?? null,
      },
      checkSuiteId: suiteId,
    };
    this.#checkRuns.push(run);
    return run;
  }

  updateCheckRun(id: number, input: CheckRunInput): CheckRunRecord {
    const run = this.#checkRuns.find((r) => r.id === id);
    if (!run) throw notFound();
    if (input.name !== undefined) run.name = input.name;
    if (input.externalId !== undefined) run.externalId = input.externalId;
    if (input.detailsUrl !== undefined) run.detailsUrl = input.detailsUrl;
    if (input.startedAt !== undefined) run.startedAt = input.startedAt;
    if (input.status !== undefined) run.status = input.status;
    if (input.conclusion !== undefined) {
      run.conclusion = input.conclusion;
      run.status = 'completed';
    }
    if (run.status === 'completed') run.completedAt = input.completedAt ?? run.completedAt ?? this.#clock.iso();
    if (input.output) {
      run.output = {
        title: input.output.title ?? run.output.title,
        summary: input.output.summary ?? run.output.summary,
        text: input.output.text ?? run.output.text,
      };
    }
    return run;
  }

  /** Newest first. */
  checkRunsFor(sha: string): CheckRunRecord[] {
    return this.#checkRuns.filter((r) => r.headSha === sha).reverse();
  }
}
