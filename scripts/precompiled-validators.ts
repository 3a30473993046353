// esbuild plugin: the bundles validate with Ajv's standalone code, generated at build time.
// From source, action/src/plan/validator.ts compiles each schema with Ajv on first use; that
// compile (and loading Ajv) was most of a small `rollbook validate`'s time. In the bundles this
// plugin replaces that module with precompiled validators for every schema the engine validates,
// made with the same AJV_OPTIONS, so errors are identical (the package test runs the bundle).
// A schema missing from VALIDATED fails loudly at its first validation, never silently. Each
// validator is compiled with its module, so Node's compile cache keeps it (eager-validators.ts).
import { dirname, relative } from 'node:path';
import { Ajv } from 'ajv';
import standalone from 'ajv/dist/standalone/index.js';
import type { Plugin } from 'esbuild';
import { RollbookConfig } from '../action/src/config/schema.ts';
import { Lesson } from '../action/src/lessons/schema.ts';
import { RolloutPlan } from '../action/src/plan/schema.ts';
import { AJV_OPTIONS } from '../action/src/plan/validator.ts';
import { eagerValidators } from './eager-validators.ts';

const VALIDATOR_MODULE = /[\\/]action[\\/]src[\\/]plan[\\/]validator\.ts$/;

/** Every schema passed to validatorFor, with the module that exports it (same object identity). */
const VALIDATED = [
  { name: 'RolloutPlan', module: 'action/src/plan/schema.ts', schema: RolloutPlan },
  { name: 'Lesson', module: 'action/src/lessons/schema.ts', schema: Lesson },
  { name: 'RollbookConfig', module: 'action/src/config/schema.ts', schema: RollbookConfig },
];

/** The replacement module's source, for a validator.ts at `validatorPath` under `root`. */
export function precompiledValidatorModule(root: string, validatorPath: string): string {
  const ajv = new Ajv({ ...AJV_OPTIONS, code: { source: true, esm: true } });
  for (const { name, schema } of VALIDATED) ajv.addSchema(schema, name);
  const code = eagerValidators(
    standalone.default(ajv, Object.fromEntries(VALIDATED.map(({ name }) => [`validate${name}`, name]))),
  );
  const from = dirname(validatorPath);
  const imports = VALIDATED.map(
    ({ name, module }) => `import { ${name} } from ${JSON.stringify(`./${relative(from, `${root}/${module}`)}`)};`,
  );
  return [
    '// Generated at build time by scripts/precompiled-validators.ts (Ajv standalone code).',
    ...imports,
    code,
    `const PRECOMPILED = new Map([${VALIDATED.map(({ name }) => `[${name}, validate${name}]`).join(', ')}]);`,
    'export function validatorFor(schema) {',
    '  const validate = PRECOMPILED.get(schema);',
    "  if (!validate) throw new Error('no precompiled validator for this schema: add it to VALIDATED in scripts/precompiled-validators.ts');",
    '  return validate;',
    '}',
    '',
  ].join('\n');
}

export function precompiledValidators(root: string): Plugin {
  return {
    name: 'rollbook-precompiled-validators',
    setup(build) {
      let replaced = false;
      build.onStart(() => {
        replaced = false;
      });
      build.onLoad({ filter: VALIDATOR_MODULE }, (args) => {
        replaced = true;
        return { contents: precompiledValidatorModule(root, args.path), loader: 'js', resolveDir: dirname(args.path) };
      });
      // If validator.ts moved, the bundles would quietly compile schemas at run time again.
      build.onEnd(() => {
        if (!replaced) {
          throw new Error(
            `no module matched ${VALIDATOR_MODULE}: update VALIDATOR_MODULE in scripts/precompiled-validators.ts`,
          );
        }
      });
    },
  };
}
