// `node scripts/cpu-tree.ts -- <command> [args…]`: runs a command and prints the CPU-seconds
// (user + sys) of every process it started, read from /proc while they run. `/usr/bin/time`
// counts only the processes that were waited for up the chain, and Chromium's renderers are
// not: for the `browser` project it reported about half of what ran (ADR 56). Linux only.
// Used for the suite's figures in docs/benchmarks.md; it changes nothing it measures.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** How often /proc is read. A process that ends between two reads loses at most this much CPU. */
const POLL_MS = 250;
/** Kernel clock ticks per second (USER_HZ), the unit of /proc/<pid>/stat's times. */
const TICKS_PER_SECOND = 100;

interface ProcessTimes {
  name: string;
  parent: number;
  /** utime + stime of the process itself (its threads), in ticks; never its children's. */
  ticks: number;
  /** Start time, so a reused pid is a different process. */
  started: string;
}

function readTimes(pid: string): ProcessTimes | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
    return { name, parent: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]), started: fields[19]! };
  } catch {
    return undefined; // ended while we read
  }
}

const separator = process.argv.indexOf('--');
const [command, ...args] = separator === -1 ? [] : process.argv.slice(separator + 1);
if (!command) {
  console.error('usage: node scripts/cpu-tree.ts -- <command> [args…]');
  process.exit(2);
}

/** Highest ticks seen per process (pid and start time), with its name. */
const seen = new Map<string, { name: string; ticks: number }>();
const child = spawn(command, args, { stdio: 'inherit' });
const root = child.pid!;
const wallStart = performance.now();

function poll(): void {
  const all = new Map<number, ProcessTimes>();
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    const times = readTimes(pid);
    if (times) all.set(Number(pid), times);
  }
  for (const [pid, times] of all) {
    let ancestor: number | undefined = pid;
    while (ancestor !== undefined && ancestor > 1 && ancestor !== root) ancestor = all.get(ancestor)?.parent;
    if (ancestor !== root) continue;
    const key = `${pid}:${times.started}`;
    const before = seen.get(key)?.ticks ?? 0;
    seen.set(key, { name: /chrom/i.test(times.name) ? 'chromium' : times.name, ticks: Math.max(before, times.ticks) });
  }
}

const timer = setInterval(poll, POLL_MS);
poll();
child.on('exit', (code, signal) => {
  clearInterval(timer);
  const byName = new Map<string, number>();
  for (const { name, ticks } of seen.values()) byName.set(name, (byName.get(name) ?? 0) + ticks);
  const total = [...byName.values()].reduce((sum, ticks) => sum + ticks, 0);
  const parts = [...byName]
    .sort((a, b) => b[1] - a[1])
    .filter(([, ticks]) => ticks >= TICKS_PER_SECOND / 10)
    .map(([name, ticks]) => `${name} ${(ticks / TICKS_PER_SECOND).toFixed(1)}`);
  const wall = ((performance.now() - wallStart) / 1000).toFixed(0);
  console.error(`cpu-tree: ${wall} s wall, ${(total / TICKS_PER_SECOND).toFixed(1)} CPU-s (${parts.join(', ')})`);
  process.exitCode = code ?? (signal ? 1 : 0);
});
