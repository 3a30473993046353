// Runs benchmark children in fresh processes and summarises repeated runs.
import { execFileSync } from 'node:child_process';

export interface ChildResult {
  ms: number;
  peakRssMiB: number;
  [key: string]: unknown;
}

export function runChild(script: string, args: string[]): ChildResult {
  const out = execFileSync(process.execPath, [script, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const last = out.trim().split('\n').at(-1)!;
  return JSON.parse(last) as ChildResult;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Alternates floor and subject runs so neither always meets a warmer disk cache. */
export function compare(rounds: number, floor: () => ChildResult, subject: () => ChildResult) {
  const floors: ChildResult[] = [];
  const subjects: ChildResult[] = [];
  for (let i = 0; i < rounds; i++) {
    if (i % 2 === 0) {
      floors.push(floor());
      subjects.push(subject());
    } else {
      subjects.push(subject());
      floors.push(floor());
    }
  }
  const floorMs = median(floors.map((r) => r.ms));
  const subjectMs = median(subjects.map((r) => r.ms));
  return {
    floorMs: Math.round(floorMs),
    subjectMs: Math.round(subjectMs),
    ratio: +(subjectMs / floorMs).toFixed(2),
    floorPeakRssMiB: Math.round(Math.max(...floors.map((r) => r.peakRssMiB))),
    subjectPeakRssMiB: Math.round(Math.max(...subjects.map((r) => r.peakRssMiB))),
  };
}
