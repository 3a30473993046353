// The fake's notion of "now": real time by default, shiftable so tests can age issues and
// gate reports without sleeping. GitHub timestamps have whole-second precision.

export class Clock {
  #offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.#offsetMs);
  }

  /** `2025-01-06T09:00:00Z`, the way GitHub writes timestamps. */
  iso(): string {
    return toGitHubTimestamp(this.now());
  }

  /** Moves the fake's time forward (or back, with a negative amount). */
  advance(ms: number): void {
    this.#offsetMs += ms;
  }

  /** Makes "now" read as the given instant; time keeps running from there. */
  set(instant: string | Date): void {
    this.#offsetMs = new Date(instant).getTime() - Date.now();
  }
}

export function toGitHubTimestamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
