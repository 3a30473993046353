// Adversarial plan files, each scaled to just under the 1 MiB file limit: the shapes of issue 12
// that made validation or rendering super-linear, and a realistic control. Deterministic.
import { scaffoldPlan } from '../../action/src/cli/scaffold.ts';
import { MAX_FILE_BYTES } from '../../action/src/plan/yaml-source.ts';

/** A little under the limit, so the file is read (a larger one is refused unread). */
const TARGET_BYTES = MAX_FILE_BYTES - 4096;
const BASE = scaffoldPlan('adversarial', 'schema.json');

/** Repeats `unit(i)` after `head` and before `tail` until the text is as large as it may be. */
function fill(head: string, unit: (i: number) => string, tail = ''): string {
  const parts = [head];
  let size = head.length + tail.length;
  for (let i = 0; ; i++) {
    const next = unit(i);
    if (size + next.length > TARGET_BYTES) break;
    parts.push(next);
    size += next.length;
  }
  parts.push(tail);
  return parts.join('');
}

const [beforePhases, afterPhases] = BASE.split(/\nphases:\n[\s\S]*?\nescalation:/) as [string, string];
const phase = (i: number) =>
  `  - id: p${i}\n    title: Phase ${i}\n    environment: production\n    strategy: rolling\n    steps:\n      - {id: deploy, kind: binary, do: Deploy., rollback: Roll back.}\n    bake: 1d\n    rehearsal: Done once.\n    gates:\n      - {metric: error_rate, max: 0.01}\n`;

export interface Shape {
  name: string;
  text: string;
}

export function adversarialShapes(): Shape[] {
  const deepHalf = Math.floor((TARGET_BYTES - 10) / 2);
  return [
    { name: 'unknown top-level keys', text: fill(BASE, (i) => `unknown_key_${i}: 1\n`) },
    { name: 'one key repeated', text: fill(BASE, () => 'x-repeated: 1\n') },
    { name: 'anchors and aliases', text: fill(`${BASE}x-anchors:\n`, (i) => `  - &a${i} {v: ${i}}\n  - *a${i}\n`) },
    { name: 'deep flow nesting', text: `a: ${'['.repeat(deepHalf)}${']'.repeat(deepHalf)}\n` },
    {
      name: 'deep block nesting',
      text: fill('', (i) => `${' '.repeat(i)}a:\n`),
    },
    {
      name: 'many phases',
      text: fill(`${beforePhases}\nphases:\n`, phase, `escalation:${afterPhases}`),
    },
    {
      name: 'URL and a run of )',
      text: BASE.replace(/problem: .*/, `problem: "http://a${')'.repeat(TARGET_BYTES - BASE.length - 40)}"`),
    },
    { name: 'control: realistic plan text', text: fill(BASE, (i) => `# note ${i}: a comment line of ordinary text\n`) },
  ];
}
