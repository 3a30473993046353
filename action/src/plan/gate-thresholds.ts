// Checks of one metric gate's thresholds, shared by plans (crossref.ts) and lessons' guard gates.
// Pure. A `maxRegression:` on a gate that compares with nothing is never read. Thresholds that
// contradict each other:
// - `min` above `max`: no reading can pass.
// - `rollbackAt` on the good side of the threshold the gate fails at (below `max` where lower is
//   better, above `min` where higher is): the rollback is judged first (gates/metric-gate.ts), so
//   a reading between the two passes one and rolls back on the other, and the fail threshold
//   never decides anything. Written either way round by mistake, it rolls back a healthy phase.
// - `rollbackAt` past `min` where lower is better (or past `max` where higher is): no reading
//   can pass.
// Which side is good comes from the metric (plan/metric-direction.ts); for a gate whose metric is
// unknown (a lesson's guard, a name missing from the catalogue) only `min` against `max` is checked.
// Equal thresholds are consistent: at a threshold a reading passes.
import type { Finding } from './finding.ts';
import { compareMode } from './gate-defaults.ts';
import type { DataPath } from './locate.ts';
import { type Direction, isWorseThan } from './metric-direction.ts';
import type { Gate } from './schema.ts';

export const THRESHOLD_ORDER_CODE = 'ref/threshold-order';

type Thresholds = Pick<Gate, 'min' | 'max' | 'rollbackAt'>;

const written = (key: keyof Thresholds, value: number): string => `\`${key}: ${value}\``;

/** Whether the metric gate sets any threshold at all: `max`, `min`, `rollbackAt` or `maxRegression`. */
export function hasThreshold(gate: Pick<Gate, 'max' | 'min' | 'rollbackAt' | 'maxRegression'>): boolean {
  return [gate.max, gate.min, gate.rollbackAt, gate.maxRegression].some((v) => v !== undefined);
}

/** `maxRegression:` on a gate that compares with nothing (`compare` absent or absolute): it would be silently ignored. */
export function checkMaxRegressionRead(
  gate: Pick<Gate, 'compare' | 'maxRegression'>,
  path: DataPath,
  code: string,
): Finding[] {
  if (compareMode(gate) !== 'absolute' || gate.maxRegression === undefined) return [];
  return [
    {
      path: [...path, 'maxRegression'],
      anchor: 'key',
      code,
      message: '`maxRegression:` is only read when the gate compares: `compare: baseline` or `compare: week-over-week`',
      expected: '`compare: baseline` or `compare: week-over-week`, or no `maxRegression:`',
      hint: 'add `compare: week-over-week` to compare with the same window a week earlier, or remove `maxRegression:`',
    },
  ];
}

/** At most one finding: the first contradiction, in the order above. */
export function checkThresholdOrder(
  gate: Thresholds,
  metric: { name: string; direction: Direction } | undefined,
  path: DataPath,
  code: string = THRESHOLD_ORDER_CODE,
): Finding[] {
  const { min, max, rollbackAt } = gate;
  if (min !== undefined && max !== undefined && min > max) {
    return [
      {
        path: [...path, 'min'],
        code,
        message: `no reading can pass: ${written('min', min)} is above ${written('max', max)}`,
        expected: '`min:` at or below `max:`',
        hint: `if they are the wrong way round: ${written('min', max)}, ${written('max', min)}`,
      },
    ];
  }
  if (metric === undefined || rollbackAt === undefined) return [];
  const lowerIsBetter = metric.direction === 'lower-is-better';
  const goodWay = lowerIsBetter ? 'lower' : 'higher';
  // The threshold the gate fails at, on the bad side, and the one on the good side.
  const failKey = lowerIsBetter ? 'max' : 'min';
  const farKey = lowerIsBetter ? 'min' : 'max';
  const fail = gate[failKey];
  const far = gate[farKey];
  // A threshold worse than the rollback threshold: readings between them roll back first.
  if (fail !== undefined && isWorseThan(fail, rollbackAt, metric.direction)) {
    const side = lowerIsBetter ? 'below' : 'above';
    return [
      {
        path: [...path, 'rollbackAt'],
        code,
        message: `${written('rollbackAt', rollbackAt)} is ${side} ${written(failKey, fail)}: for ${metric.name}, where ${goodWay} is better, a reading between them passes \`${failKey}\` and still rolls back`,
        expected: `a rollback threshold at or ${lowerIsBetter ? 'above' : 'below'} ${written(failKey, fail)}: the worse of the two`,
        hint: `if they are the wrong way round: ${written(failKey, rollbackAt)}, ${written('rollbackAt', fail)}`,
      },
    ];
  }
  if (far !== undefined && isWorseThan(far, rollbackAt, metric.direction)) {
    const side = lowerIsBetter ? 'below' : 'above';
    return [
      {
        path: [...path, 'rollbackAt'],
        code,
        message: `no reading can pass: ${written('rollbackAt', rollbackAt)} is ${side} ${written(farKey, far)}, and for ${metric.name}, where ${goodWay} is better, every reading fails \`${farKey}\` or rolls back`,
        expected: `a rollback threshold ${lowerIsBetter ? 'above' : 'below'} ${written(farKey, far)}`,
        hint: `\`rollbackAt\` is where a reading is bad enough to undo the phase; \`${farKey}\` bounds the ${lowerIsBetter ? 'low' : 'high'} side`,
      },
    ];
  }
  return [];
}
