// What an unset gate field means, in one place (plan/gate-defaults.ts).
import { describe, expect, it } from 'vitest';
import { authorMaySignOff, compareMode, effectiveWindow, signoffsNeeded } from '../../src/plan/gate-defaults.ts';

describe('gate defaults', () => {
  it.each([
    [{}, 1],
    [{ count: 3 }, 3],
    [{ count: 0 }, 1],
  ])('a sign-off gate %j needs %i sign-offs', (gate, needed) => {
    expect(signoffsNeeded(gate)).toBe(needed);
  });

  it('compares against absolute thresholds unless the gate says otherwise', () => {
    expect(compareMode({})).toBe('absolute');
    expect(compareMode({ compare: 'baseline' })).toBe('baseline');
    expect(compareMode({ compare: 'week-over-week' })).toBe('week-over-week');
  });

  it("looks over the gate's window, else the metric's, else none", () => {
    expect(effectiveWindow({ window: '5m' }, { window: '1h' })).toBe('5m');
    expect(effectiveWindow({}, { window: '1h' })).toBe('1h');
    expect(effectiveWindow({}, {})).toBeUndefined();
    expect(effectiveWindow({}, undefined)).toBeUndefined();
  });

  it("lets the author sign off where the gate says so, else where the repository's default does", () => {
    expect(authorMaySignOff({})).toBe(false);
    expect(authorMaySignOff({}, true)).toBe(true);
    expect(authorMaySignOff({ allowAuthor: false }, true)).toBe(false);
    expect(authorMaySignOff({ allowAuthor: true }, false)).toBe(true);
  });
});
