// Raw samples to numbers: NaN and infinities are kept apart from numbers, and strings
// that Number() would quietly accept are refused.
import { describe, expect, it } from 'vitest';
import { resolvePath } from '../../src/gates/providers/json-path.ts';
import { parseSampleValue } from '../../src/gates/providers/sample-value.ts';

describe('parseSampleValue', () => {
  it.each([
    ['0.25', 0.25],
    ['-3', -3],
    ['1e-3', 0.001],
    [' 42 ', 42],
    [7, 7],
  ])('%j is the number %d', (raw, value) => {
    expect(parseSampleValue(raw)).toEqual({ kind: 'finite', value });
  });

  it.each([
    ['NaN', 'nan', 'NaN'],
    [Number.NaN, 'nan', 'NaN'],
    ['+Inf', 'infinite', '+Inf'],
    ['Inf', 'infinite', '+Inf'],
    ['-Inf', 'infinite', '-Inf'],
    ['1e999', 'infinite', '+Inf'],
    [Number.NEGATIVE_INFINITY, 'infinite', '-Inf'],
  ])('%j is non-finite (%s)', (raw, reason, text) => {
    expect(parseSampleValue(raw)).toEqual({ kind: 'non-finite', reason, text });
  });

  it.each(['', ' ', '0x10', '1,5', 'high', true, null, undefined, {}, []])('%j is not a number', (raw) => {
    expect(parseSampleValue(raw).kind).toBe('invalid');
  });
});

describe('resolvePath', () => {
  const document = { data: [{ value: 1 }, { value: 2 }], empty: [], 'a-b': { c: 3 } };

  it('follows keys, indexes, bracket indexes and -1', () => {
    expect(resolvePath(document, 'data.1.value')).toEqual({ found: true, value: 2 });
    expect(resolvePath(document, 'data[0].value')).toEqual({ found: true, value: 1 });
    expect(resolvePath(document, 'data.-1.value')).toEqual({ found: true, value: 2 });
    expect(resolvePath(document, 'a-b.c')).toEqual({ found: true, value: 3 });
    expect(resolvePath(document, undefined)).toEqual({ found: true, value: document });
  });

  it('says where it got lost, and whether an array was empty', () => {
    expect(resolvePath(document, 'data.5.value')).toEqual({ found: false, missing: 'data.5', emptyArray: false });
    expect(resolvePath(document, 'empty.0')).toEqual({ found: false, missing: 'empty.0', emptyArray: true });
    expect(resolvePath(document, 'data.x')).toEqual({ found: false, missing: 'data.x', emptyArray: false });
    expect(resolvePath(document, 'toString')).toMatchObject({ found: false });
  });
});
