// One compiled Ajv validator per schema, built on first use. Compiling is the slow part
// (tens of ms); validating a plan afterwards takes microseconds. The bundles (action/dist) do
// not use this module: scripts/precompiled-validators.ts swaps it for Ajv's standalone code,
// generated at build time with AJV_OPTIONS, so `rollbook validate` starts without Ajv.

import type { TSchema } from '@sinclair/typebox';
import { Ajv, type Options, type ValidateFunction } from 'ajv';

/**
 * Shared with the build-time compiler, so the bundles report exactly the same errors. `unit` is
 * an annotation (what a number counts, for the format reference), not a check.
 */
export const AJV_OPTIONS: Options = {
  allErrors: true,
  verbose: true,
  strict: true,
  strictTypes: false,
  keywords: ['unit'],
};

const compiled = new WeakMap<TSchema, ValidateFunction>();
let ajv: Ajv | undefined;

export function validatorFor(schema: TSchema): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    ajv ??= new Ajv(AJV_OPTIONS);
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}
