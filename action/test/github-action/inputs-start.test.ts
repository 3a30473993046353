// The action's `start` input takes what `--start` takes: a real date, or a time with a zone.
import { describe, expect, it } from 'vitest';
import { InputError, readInputs } from '../../src/github-action/inputs.ts';

const read = (start: string) =>
  readInputs({ getInput: (name) => (name === 'start' ? start : ''), setSecret: () => undefined });

describe('action input "start"', () => {
  it.each([
    ['', undefined],
    ['2026-11-02', '2026-11-02'],
    ['2026-11-02T10:00+01:00', '2026-11-02T09:00Z'],
    ['2026-11-02T09:00:30Z', '2026-11-02T09:01Z'],
  ])('"%s" reads as %s', (input, start) => {
    expect(read(input).start).toBe(start);
  });

  it.each([
    ['2026-02-30', 'not a real date'],
    ['2026-11-02T09:00', 'has no time zone'],
    ['next monday', 'is not an ISO 8601 time'],
  ])('refuses "%s" (%s)', (input, why) => {
    expect(() => read(input)).toThrow(InputError);
    expect(() => read(input)).toThrow(why);
  });
});
