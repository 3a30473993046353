// Benchmark section: escaping plan text, on adversarial shapes scaled to 1 MiB (issue 12, item
// 3). Floor: encoding the same input to UTF-8 and decoding it back (what reading the plan file
// and writing the runbook cost at least), measured in the same run. Two figures per shape: the
// ratio to the floor, and the time per character at 1 Mi over that at 16 Ki (64 is quadratic;
// the quadratic URL trimming this replaced took about 12 s for 40 KB).
import { cellCode, textWithMentions } from '../../action/src/text/github.ts';
import { codeFence } from '../../action/src/text/markdown-code.ts';
import { escapeMarkdownInline } from '../../action/src/text/markdown-inline.ts';
import { median } from './measure.ts';

const LARGE = 1 << 20;
const SMALL = LARGE / 64;
const ROUNDS = 5;
/**
 * Time per character at LARGE over that at SMALL: 64 when quadratic; about 1 when linear, up to a
 * few times that as strings outgrow the CPU caches and V8's young generation.
 */
const TARGET_GROWTH = 16;

interface Shape {
  name: string;
  input: (size: number) => string;
  escape: (text: string) => string;
}

const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

const SHAPES: Shape[] = [
  { name: 'URL + unmatched `)`', input: (n) => `http://a${')'.repeat(n - 8)}`, escape: escapeMarkdownInline },
  { name: 'URL + trailing dots', input: (n) => `http://a${'.'.repeat(n - 8)}`, escape: escapeMarkdownInline },
  { name: 'many URLs', input: (n) => fill('http://a.example/x ', n), escape: escapeMarkdownInline },
  { name: 'syntax characters', input: (n) => fill('*_`|[]<~$\\{{', n), escape: escapeMarkdownInline },
  { name: 'handles, one allowed', input: (n) => fill('@alice @a-b ', n), escape: (t) => textWithMentions(t, ALLOWED) },
  { name: 'plain prose', input: (n) => fill('Roll out to 5% of traffic. ', n), escape: escapeMarkdownInline },
  { name: 'code span (cut)', input: (n) => fill('a`b|c ', n), escape: cellCode },
  { name: 'code fence, blank lines', input: (n) => `${'\n'.repeat(n - 1)}x`, escape: (t) => codeFence(t) },
];
const ALLOWED = new Set(['@alice']);

/** The least work text costs on its way through: UTF-8 out and back in. */
function floor(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

function timeMs(run: () => string): number {
  const started = performance.now();
  const out = run();
  const ms = performance.now() - started;
  if (out.length === 0) throw new Error('empty output');
  return ms;
}

function measure(shape: Shape, size: number): { floorMs: number; subjectMs: number } {
  const input = shape.input(size);
  const floors: number[] = [];
  const subjects: number[] = [];
  shape.escape(input); // warm-up, not measured
  for (let i = 0; i < ROUNDS; i++) {
    floors.push(timeMs(() => floor(input)));
    subjects.push(timeMs(() => shape.escape(input)));
  }
  return { floorMs: median(floors), subjectMs: median(subjects) };
}

export function benchEscape(): string[] {
  const lines = [
    `escape (adversarial plan text, ${LARGE / 1024} KiB per string, ${ROUNDS} rounds, medians)`,
    `  ${'shape'.padEnd(26)}${'floor'.padStart(9)}${'escape'.padStart(10)}${'ratio'.padStart(8)}${'growth'.padStart(8)}`,
  ];
  let worstGrowth = 0;
  for (const shape of SHAPES) {
    const small = measure(shape, SMALL);
    const large = measure(shape, LARGE);
    const ratio = large.subjectMs / large.floorMs;
    // Time per character at LARGE over time per character at SMALL: 1 when linear.
    const growth = large.subjectMs / LARGE / (small.subjectMs / SMALL);
    worstGrowth = Math.max(worstGrowth, growth);
    lines.push(
      `  ${shape.name.padEnd(26)}${`${large.floorMs.toFixed(1)} ms`.padStart(9)}${`${large.subjectMs.toFixed(1)} ms`.padStart(10)}${ratio.toFixed(1).padStart(8)}${growth.toFixed(2).padStart(8)}`,
    );
  }
  const mark = (ok: boolean) => (ok ? 'meets target' : 'MISSES TARGET');
  lines.push(
    `  worst growth ${worstGrowth.toFixed(2)} (target <= ${TARGET_GROWTH}; 64 is quadratic: ${mark(worstGrowth <= TARGET_GROWTH)})`,
  );
  return lines;
}

if (import.meta.main) console.log(benchEscape().join('\n'));
