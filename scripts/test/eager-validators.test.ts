// The validators' rewrite (scripts/eager-validators.ts): each top-level validator becomes a
// parenthesized function expression, compiled with its module, and the module still validates
// exactly as Ajv's code does.
import { Ajv } from 'ajv';
import standalone from 'ajv/dist/standalone/index.js';
import { describe, expect, it } from 'vitest';
import { eagerValidators } from '../eager-validators.ts';

/** Evaluates ES module code and returns its exports. */
async function load(code: string): Promise<Record<string, unknown>> {
  return import(`data:text/javascript,${encodeURIComponent(code)}`);
}

const SHAPED_LIKE_AJV = [
  '"use strict";export const validateThing = validate1;',
  'const schema2 = {"note":"braces } { and ( ) in a string","q":\'it\\\'s\'};',
  'function validate1(data, { instancePath = "", rootData = data } = {}) {',
  '  const key = String(data).replace(/~/g, "~0").replace(/\\//g, "~1").replace(/[}/]/g, "_");',
  '  function inner() { return "}"; }',
  '  validate1.errors = key === "a~1b" ? null : [{ message: inner() + key }];',
  '  return key === "a~1b";',
  '}',
].join('\n');

describe('eagerValidators', () => {
  it('turns each top-level validator into a parenthesized expression and exports it after its definition', async () => {
    const out = eagerValidators(SHAPED_LIKE_AJV);
    expect(out).toContain('const validate1 = (function validate1(data,');
    expect(out).not.toMatch(/^function validate1/m);
    expect(out.indexOf('export const validateThing = validate1;')).toBeGreaterThan(out.indexOf('function validate1('));
    const { validateThing } = (await load(out)) as { validateThing: (data: unknown) => boolean };
    expect(validateThing('a/b')).toBe(true);
    expect(validateThing('x')).toBe(false);
  });

  it('refuses code it cannot read for certain', () => {
    expect(() => eagerValidators('function validate1(data) { return `}`; }')).toThrow(/unexpected `/);
    expect(() => eagerValidators('function validate1(data) { return data; ')).toThrow(/no bracket closes/);
    expect(() => eagerValidators('const x = 1;')).toThrow(/no validator function/);
  });

  it("keeps what Ajv's standalone code says about valid and invalid data", async () => {
    const schema = {
      type: 'object',
      required: ['name'],
      properties: { name: { type: 'string', pattern: '^[a-z]+$' }, tags: { type: 'array', items: { type: 'string' } } },
      patternProperties: { '^x/': { type: 'number' } },
      additionalProperties: false,
    };
    const ajv = new Ajv({ allErrors: true, verbose: true, code: { source: true, esm: true } });
    ajv.addSchema(schema, 'S');
    const code = standalone.default(ajv, { validateS: 'S' });
    const plain = (await load(code)).validateS as ((data: unknown) => boolean) & { errors: unknown };
    const eager = (await load(eagerValidators(code))).validateS as typeof plain;
    for (const data of [{ name: 'ok' }, { name: 'No!', tags: [1], 'x/1': 'two', extra: true }, 'text', null]) {
      expect(eager(data)).toBe(plain(data));
      expect(eager.errors).toEqual(plain.errors);
    }
  });
});
