// Code-point order (text/order.ts): what the state block, the audit trail and rendered lists are
// sorted by, so the same state encodes to the same text on every machine, whatever its locale.
import { describe, expect, it } from 'vitest';
import { emptyState, encodeState } from '../../src/checklist/state-block.ts';
import { byKey, compareCodePoints } from '../../src/text/order.ts';

// U+0065 e, U+007A z, U+00E9 é, U+FF5E fullwidth tilde, U+1F600 (two UTF-16 code units, D83D DE00).
const IN_CODE_POINT_ORDER = ['e', 'z', 'é', '\uff5e', '\u{1f600}'];

describe('compareCodePoints', () => {
  it('orders by code point: é after z, a character above U+FFFF after U+FF5E', () => {
    const shuffled = [IN_CODE_POINT_ORDER[3]!, IN_CODE_POINT_ORDER[4]!, IN_CODE_POINT_ORDER[2]!, 'z', 'e'];
    expect([...shuffled].sort(compareCodePoints)).toEqual(IN_CODE_POINT_ORDER);
    // UTF-16 code units alone would put U+1F600 (D83D…) before U+FF5E.
    expect(['\u{1f600}', '\uff5e'].sort()).toEqual(['\u{1f600}', '\uff5e']);
    expect(compareCodePoints('\uff5e', '\u{1f600}')).toBeLessThan(0);
  });

  it('orders ASCII as its code points, not as a collation would (`-` before `_`, `B` before `a`)', () => {
    expect(['a_b', 'a-b', 'a', 'B', 'a1', 'a:b'].sort(compareCodePoints)).toEqual([
      'B',
      'a',
      'a-b',
      'a1',
      'a:b',
      'a_b',
    ]);
  });

  it('is a total order: equal strings are 0, a prefix comes first, and the sign flips with the arguments', () => {
    expect(compareCodePoints('gate:x', 'gate:x')).toBe(0);
    expect(compareCodePoints('rollback', 'rollback:deploy')).toBeLessThan(0);
    for (const a of IN_CODE_POINT_ORDER)
      for (const b of IN_CODE_POINT_ORDER)
        expect(Math.sign(compareCodePoints(a, b)) + Math.sign(compareCodePoints(b, a))).toBe(0);
  });

  it('byKey sorts entries by their key', () => {
    expect([['z', 1] as const, ['é', 2] as const, ['e', 3] as const].sort(byKey).map(([k]) => k)).toEqual([
      'e',
      'z',
      'é',
    ]);
  });
});

describe('the state block with non-ASCII item ids', () => {
  it('encodes ticks and removed items in code-point order, whatever order they were recorded in', () => {
    const state = emptyState('phase', 'demo', 'staging');
    const ids = IN_CODE_POINT_ORDER.map((key) => `demo/staging/item:${key}`);
    for (const id of [...ids].reverse()) state.ticks[id] = { by: 'alice', at: '2026-01-01T00:00:00Z' };
    for (const id of [...ids].reverse()) state.removed[id] = `Text of ${id}`;
    const encoded = JSON.parse(encodeState(state)) as {
      ticks: Record<string, unknown>;
      removed: Record<string, string>;
    };
    const local = IN_CODE_POINT_ORDER.map((key) => `item:${key}`);
    expect(Object.keys(encoded.ticks)).toEqual(local);
    expect(Object.keys(encoded.removed)).toEqual(local);
  });
});
