// One compiled Ajv validator per schema, built on first use. Compiling is the slow part
// (tens of ms); validating a plan afterwards takes microseconds.

import type { TSchema } from '@sinclair/typebox';
import { Ajv, type ValidateFunction } from 'ajv';

const compiled = new WeakMap<TSchema, ValidateFunction>();
let ajv: Ajv | undefined;

export function validatorFor(schema: TSchema): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    ajv ??= new Ajv({ allErrors: true, verbose: true, strict: true, strictTypes: false });
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}
