// `node scripts/cpu-tree.ts -- <command> [args…]`: runs a command and prints the CPU-seconds
// (user + sys) of every process it started, read from /proc while they run. `/usr/bin/time`
// counts only the processes that were waited for up the chain, and Chromium's renderers are
// not: for the `browser` project it reported about half of what ran (ADR 56). Linux only.
// Used for the suite's figures in docs/benchmarks.md; it changes nothing it measures.
// Chromium's share is also split by process type (its `--type=` argument: the browser process has
// none), read from the command line while the process lives: a process that has ended and not
// yet been reaped has an empty command line, and keeps the type it was last seen with (ADR 74).
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

/** Highest ticks seen per process (pid and start time), with its name and Chromium process type. */
const seen = new Map<string, { name: string; ticks: number; chromiumType?: string }>();

/** A Chromium process's type, or undefined when its command line is gone (ended) or unreadable. */
function chromiumType(pid: number): string | undefined {
  try {
    const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    if (commandLine === '') return undefined;
    if (/crashpad/.test(commandLine.split(/[\0 ]/)[0]!)) return 'crashpad';
    const type = /--type=([a-z-]+)/.exec(commandLine)?.[1] ?? 'browser';
    const service = /--utility-sub-type=([\w.]+)/.exec(commandLine)?.[1];
    return service ? `${type} ${service.replace(/\.mojom\./, '.')}` : type;
  } catch {
    return undefined;
  }
}

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
    const before = seen.get(key);
    const isChromium = /chrom/i.test(times.name);
    seen.set(key, {
      name: isChromium ? 'chromium' : times.name,
      ticks: Math.max(before?.ticks ?? 0, times.ticks),
      chromiumType: isChromium ? (chromiumType(pid) ?? before?.chromiumType ?? 'unknown') : undefined,
    });
  }
}

const timer = setInterval(poll, POLL_MS);
poll();
child.on('exit', (code, signal) => {
  clearInterval(timer);
  const byName = new Map<string, number>();
  for (const { name, ticks } of seen.values()) byName.set(name, (byName.get(name) ?? 0) + ticks);
  const total = [...byName.values()].reduce((sum, ticks) => sum + ticks, 0);
  const byType = new Map<string, number>();
  for (const { chromiumType, ticks } of seen.values())
    if (chromiumType) byType.set(chromiumType, (byType.get(chromiumType) ?? 0) + ticks);
  const list = (counts: Map<string, number>) =>
    [...counts]
      .sort((a, b) => b[1] - a[1])
      .filter(([, ticks]) => ticks >= TICKS_PER_SECOND / 10)
      .map(([name, ticks]) => `${name} ${(ticks / TICKS_PER_SECOND).toFixed(1)}`);
  const parts = list(byName).map((part) =>
    part.startsWith('chromium ') && byType.size > 0 ? `${part} [${list(byType).join(', ')}]` : part,
  );
  const wall = ((performance.now() - wallStart) / 1000).toFixed(0);
  console.error(`cpu-tree: ${wall} s wall, ${(total / TICKS_PER_SECOND).toFixed(1)} CPU-s (${parts.join(', ')})`);
  process.exitCode = code ?? (signal ? 1 : 0);
});
