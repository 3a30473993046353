// Issue 12 item 5: encodings and edges. Surrogates encoded as UTF-8 were silently decoded to
// U+FFFD; a file with lone-CR line ends was "the file is empty"; 10,000 levels of nesting gave
// an internal "invalid regular expression … Stack overflow"; diagnostics repeated raw bidi
// controls from the file.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scaffoldPlan } from '../../src/cli/scaffold.ts';
import { parsePlan } from '../../src/plan/parse.ts';
import { decodeSource, MAX_NESTING_DEPTH } from '../../src/plan/yaml-source.ts';
import { runCli, tempDir } from '../helpers/cli.ts';
import { positionOf, replaceOnce } from '../helpers/position.ts';

const BASE = scaffoldPlan('demo', 'schema.json');
const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

async function validate(file: string, content: string | Buffer, ...options: string[]) {
  const dir = tempDir();
  writeFileSync(join(dir, file), content);
  return runCli(['validate', file, '--start', '2026-11-02', ...options], dir);
}

describe('UTF-8 that is not well formed', () => {
  it('refuses a UTF-16 surrogate encoded as UTF-8 (ED A0 80), with its position', async () => {
    const decoded = decodeSource(bytes('apiVersion: rollbook/v1\nkind: x', [0xed, 0xa0, 0x80], '\n'), 'p.yaml');
    expect(decoded.text).toBeUndefined();
    expect(decoded.diagnostics).toEqual([
      expect.objectContaining({
        code: 'file/encoding',
        line: 2,
        column: 8,
        message: 'bytes 0xed 0xa0 0x80 at offset 31 encode a UTF-16 surrogate, which is not valid UTF-8',
      }),
    ]);
    const result = await validate('p.rollout.yaml', bytes('kind: ', [0xed, 0xbf, 0xbf], '\n'));
    expect(result.stdout).toContain('p.rollout.yaml:1:7 error file/encoding');
  });

  it('refuses overlong forms and code points past U+10FFFF; accepts real 3- and 4-byte characters', () => {
    for (const bad of [
      [0xe0, 0x80, 0x80],
      [0xc0, 0x80],
      [0xf0, 0x80, 0x80, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
    ]) {
      expect(decodeSource(bytes('a: ', bad), 'p.yaml').diagnostics[0]?.code, JSON.stringify(bad)).toBe('file/encoding');
    }
    expect(decodeSource(bytes('a: ', [0xef, 0xbf, 0xbd], ' ', [0xf0, 0x9f, 0x9a, 0x80]), 'p.yaml').text).toBe(
      'a: \ufffd 🚀',
    );
  });
});

describe('lone-CR line ends', () => {
  it('validates like the same plan with LF, and positions errors on the right line', async () => {
    const cr = await validate('p.rollout.yaml', BASE.replaceAll('\n', '\r'));
    expect(cr.stdout).toContain('no problems');
    const broken = replaceOnce(BASE, 'environment: staging', 'environment: stagin');
    const result = await validate('p.rollout.yaml', broken.replaceAll('\n', '\r'), '--format', 'json');
    const [d] = JSON.parse(result.stdout).diagnostics;
    expect(d).toMatchObject({ code: 'schema/not-allowed', ...positionOf(broken, 'environment: stagin', 1, 13) });
    const mixedText = decodeSource(Buffer.from(BASE.replace('\n', '\r\n').replace('\n', '\r')), 'p').text!;
    const mixed = parsePlan(mixedText, 'p.rollout.yaml');
    expect(mixed.diagnostics.filter((x) => x.severity === 'error')).toEqual([]);
  });
});

describe('deep nesting', () => {
  for (const [shape, text] of [
    ['10,000 flow lists', `a: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`],
    ['100,000 flow lists', `a: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`],
    ['10,000 flow mappings', `a: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`],
    [
      '1,000 block mappings',
      `${Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}a:\n`).join('')}${' '.repeat(1000)}a: 1\n`,
    ],
  ] as const) {
    it(`${shape}: a positioned nesting error, not a stack overflow`, async () => {
      const result = await validate('deep.rollout.yaml', text, '--format', 'json');
      expect(result.stderr).toBe('');
      const diagnostics = JSON.parse(result.stdout).diagnostics;
      expect(diagnostics).toEqual([
        expect.objectContaining({
          code: 'yaml/too-deep',
          message: `mappings and lists are nested more than ${MAX_NESTING_DEPTH} levels deep here`,
        }),
      ]);
      expect(diagnostics[0].line).toBeGreaterThanOrEqual(1);
      expect(JSON.stringify(diagnostics)).not.toMatch(/stack|regular expression/i);
    });
  }

  it(`${MAX_NESTING_DEPTH} levels are fine`, () => {
    const text = `a: ${'['.repeat(MAX_NESTING_DEPTH - 1)}${']'.repeat(MAX_NESTING_DEPTH - 1)}\n`;
    expect(parsePlan(text, 'p.rollout.yaml').diagnostics.map((d) => d.code)).not.toContain('yaml/too-deep');
  });
});

describe('control and bidi characters in diagnostics', () => {
  const hostile = replaceOnce(BASE, 'environment: staging', 'environment: "stag\u202Eing\u001b[31m\u200b"');

  it('are shown escaped in text and in GitHub annotations', async () => {
    const text = await validate('p.rollout.yaml', hostile);
    expect(text.stdout).toContain('environment: "stag\\u{202e}ing\\x1b[31m\\u{200b}"');
    for (const format of ['text', 'github']) {
      const result = await validate('p\u202Ex.rollout.yaml', hostile, '--format', format);
      const out = result.stdout + result.stderr;
      expect(out, format).toContain('not-allowed');
      expect(out, format).not.toMatch(/[\u202E\u001b\u200b]/);
      expect(out, format).toContain('\\u{202e}');
    }
  });
});
