// The one mark of an expected error (runtime/expected-error.ts): which error classes carry it,
// that it survives a second copy of the module (the CLI and the action are separate bundles), and
// that only unexpected errors leave a stack at debug level. Where stack traces may be printed at
// all is checked over the sources: nowhere but through this module and the CLI's ROLLBOOK_DEBUG.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TemplateContractError } from '../../src/checklist/render.ts';
import { UsageError } from '../../src/cli/command.ts';
import { OutsideRootError } from '../../src/files/contained.ts';
import { UnknownPhaseError } from '../../src/gates/evaluate-phase.ts';
import { InputError } from '../../src/github-action/inputs.ts';
import { GuardsUnknownError } from '../../src/github-action/sync/broken-lessons.ts';
import { PlanDiscoveryError } from '../../src/plan/discovery-error.ts';
import { debugUnexpected, isExpectedError } from '../../src/runtime/expected-error.ts';
import { TemplateError } from '../../src/templates/compile.ts';

const SRC = join(import.meta.dirname, '../../src');

describe('expected errors', () => {
  it('marks the errors a user can fix from their message, and nothing else', () => {
    const expected = [
      new UsageError('u'),
      new PlanDiscoveryError('p'),
      new OutsideRootError('x'),
      new InputError('i'),
      new UnknownPhaseError('phase'),
      new TemplateError('t.hbs', 'bad', 1, 0),
      new TemplateContractError('left out'),
      new GuardsUnknownError([], []),
    ];
    for (const error of expected) expect(isExpectedError(error), error.name).toBe(true);
    for (const error of [new Error('bug'), new TypeError('x is undefined'), 'text', undefined, { message: 'm' }])
      expect(isExpectedError(error)).toBe(false);
  });

  it('recognises the mark on an error from another copy of the module', () => {
    const copy = Object.assign(new Error('from the other bundle'), { [Symbol.for('rollbook.expected-error')]: true });
    expect(isExpectedError(copy)).toBe(true);
  });

  it('logs the stack of an unexpected error at debug level, and nothing for an expected one', () => {
    const lines: string[] = [];
    const log = { debug: (line: string) => lines.push(line) };
    debugUnexpected(log, new TemplateError('t.hbs', 'bad', 1, 0));
    debugUnexpected(log, new UsageError('u'));
    expect(lines).toEqual([]);
    const bug = new TypeError('x is undefined');
    debugUnexpected(log, bug);
    expect(lines).toEqual([bug.stack]);
  });

  it('has one home: no other source prints or logs a stack trace', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
      );
    const stacks = files(SRC)
      .filter((file) => /\.stack\b(?!\.)/.test(readFileSync(file, 'utf8').replace(/\bstack\.(push|pop|slice)/g, '')))
      .map((file) => relative(SRC, file).split('\\').join('/'));
    expect(stacks.sort()).toEqual(['cli/main.ts', 'runtime/expected-error.ts']);
  });
});
