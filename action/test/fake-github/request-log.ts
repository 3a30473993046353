// Every request the fake received, classified for the frugality benchmarks: GET/HEAD and GraphQL
// queries are reads; POST/PATCH/PUT/DELETE and GraphQL mutations are writes.
import type { Fault } from './faults.ts';

export type RequestKind = 'read' | 'write';

export interface LoggedRequest {
  /** 1-based arrival order. */
  seq: number;
  /** Date.now() at arrival. */
  at: number;
  method: string;
  /** Path and query string. */
  path: string;
  /** OpenAPI operationId, `graphql`, or `(unknown route)`. */
  operationId: string;
  kind: RequestKind;
  /** Acting login; null when authentication failed. Tokens are never logged. */
  actor: string | null;
  /** Response status; 0 when the connection was reset. */
  status: number;
  graphql?: { operation: 'query' | 'mutation' | 'subscription'; name: string | null };
  fault?: Fault['kind'];
  /** Answered 304 to a conditional request (free on GitHub). */
  notModified?: boolean;
}

export class RequestLog {
  readonly entries: LoggedRequest[] = [];

  add(entry: Omit<LoggedRequest, 'seq'>): LoggedRequest {
    const logged = { ...entry, seq: this.entries.length + 1 };
    this.entries.push(logged);
    return logged;
  }

  counts(): { reads: number; writes: number; total: number } {
    const writes = this.entries.filter((e) => e.kind === 'write').length;
    return { reads: this.entries.length - writes, writes, total: this.entries.length };
  }

  /** Request counts by operationId, for readable benchmark failures. */
  byOperation(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const entry of this.entries) counts[entry.operationId] = (counts[entry.operationId] ?? 0) + 1;
    return counts;
  }

  clear(): void {
    this.entries.length = 0;
  }
}
