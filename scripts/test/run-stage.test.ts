// scripts/run-stage.ts: a stage with a command run beside it passes only when both pass, and what
// ran beside it is handed over whole, in order, after both have ended (ADR 90).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { colourEnvironment, runStage, type Stage } from '../run-stage.ts';

const node = process.execPath;
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function stage(main: string, beside: string): Stage {
  return {
    name: 'main',
    command: node,
    args: ['-e', main],
    beside: { name: 'beside', command: node, args: ['-e', beside] },
  };
}

async function run(s: Stage): Promise<{ passed: boolean; written: string[] }> {
  const written: string[] = [];
  const passed = await runStage(s, (text) => written.push(text.toString()));
  return { passed, written };
}

describe('runStage with a command beside', () => {
  it('passes when both pass, and hands over the held output after the first command has ended', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rollbook-run-stage-'));
    dirs.push(dir);
    const done = join(dir, 'first-ended');
    // The first command outlasts the second, and leaves a file as it ends.
    const first = `setTimeout(() => require('node:fs').writeFileSync(${JSON.stringify(done)}, ''), 300)`;
    const second =
      "process.stdout.write('one\\n'); setTimeout(() => { process.stderr.write('two\\n'); process.stdout.write('three\\n'); }, 50)";
    const written: string[] = [];
    const seenDone: boolean[] = [];
    const passed = await runStage(stage(first, second), (text) => {
      seenDone.push(existsSync(done));
      written.push(text.toString());
    });
    expect(passed).toBe(true);
    expect(seenDone.every(Boolean)).toBe(true);
    expect(written[0]).toMatch(/^\n── beside: /);
    // Each stream whole and in its order (the order between the two streams is the kernel's).
    const held = written.slice(1).join('');
    expect(held.replace('two\n', '')).toBe('one\nthree\n');
    expect(held).toContain('two\n');
  });

  it('fails when only the command beside fails, and still shows what it printed', async () => {
    const { passed, written } = await run(stage('', "console.log('broken'); process.exit(3)"));
    expect(passed).toBe(false);
    expect(written.join('')).toContain('broken\n');
  });

  it('fails when only the first command fails', async () => {
    expect((await run(stage('process.exit(1)', ''))).passed).toBe(false);
  });

  it('fails, without throwing, when the command beside cannot be started', async () => {
    const s = stage('', '');
    s.beside = { name: 'beside', command: join(tmpdir(), 'rollbook-no-such-command'), args: [] };
    expect((await run(s)).passed).toBe(false);
  });

  it('runs a stage without a command beside as before', async () => {
    const plain: Stage = { name: 'plain', command: node, args: ['-e', 'process.exit(0)'] };
    expect(await runStage(plain, () => {})).toBe(true);
    expect(await runStage({ ...plain, args: ['-e', 'process.exit(2)'] }, () => {})).toBe(false);
  });
});

describe('colourEnvironment', () => {
  it('colours on a terminal and nowhere else, as the CLI does, even when CI is set', () => {
    expect(colourEnvironment({ CI: 'true' }, false)).toEqual({ NO_COLOR: '1' });
    expect(colourEnvironment({ CI: 'true' }, true)).toEqual({ FORCE_COLOR: '1' });
    expect(colourEnvironment({}, true)).toEqual({ FORCE_COLOR: '1' });
  });

  it('leaves NO_COLOR and FORCE_COLOR as the person set them', () => {
    expect(colourEnvironment({ NO_COLOR: '' }, true)).toEqual({});
    expect(colourEnvironment({ FORCE_COLOR: '0' }, false)).toEqual({});
  });
});
