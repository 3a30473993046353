// Time, passed in: what time it is, and how to wait. Production reads the system clock and
// waits for real; tests pass a clock that is fixed, or waits scaled down, so no test depends on
// how fast the machine is.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Clock {
  now(): Date;
  /** Resolves after `ms` milliseconds of this clock's time. */
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => new Date(),
  sleep: (ms) => sleep(ms),
};
