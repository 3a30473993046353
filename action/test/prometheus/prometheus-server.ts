// A real Prometheus for tests: the fixture backfilled with promtool into a temporary
// TSDB, served on 127.0.0.1 at a free port, optionally scraping a pushgateway for a
// live value. One per test file:
//
//   let prom: PrometheusHarness;
//   beforeAll(async () => { prom = await startPrometheus(); }, HARNESS_START_TIMEOUT_MS);
//   afterAll(() => prom?.stop());
//
// Backfilled blocks are loaded when Prometheus starts, so the data is there as soon as
// /-/ready answers. Query at `prom.now` (the newest sample) or earlier.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { alignToStep, generateOpenMetrics } from './fixture.ts';
import { freePort } from './ports.ts';
import { ensureSystemDeps, INSTALL_TIMEOUT_MS } from './system-deps.ts';

const run = promisify(execFile);

/** For beforeAll: a possible apt install, then backfill and start (about a second when installed). */
export const HARNESS_START_TIMEOUT_MS = INSTALL_TIMEOUT_MS + 60_000;
const READY_TIMEOUT_MS = 20_000;
const READY_POLL_MS = 100;
const STOP_TIMEOUT_MS = 5_000;
/** Start attempts: a free port can be taken between choosing it and binding it. */
const START_ATTEMPTS = 3;
/** Retention far beyond the fixture's age, so backfilled blocks are never deleted. */
const RETENTION = '365d';
/** Scrape often, so a pushed value shows up within a second or two. */
const SCRAPE_INTERVAL = '1s';
/** Log lines kept for error messages. */
const LOG_TAIL_LINES = 20;
// Fewer, larger blocks than promtool's 2h default: a faster start for eight days of data.
const BACKFILL_BLOCK_DURATION = '24h';

export interface PrometheusHarness {
  /** Base URL, e.g. http://127.0.0.1:40123. */
  url: string;
  /** The newest backfilled sample's time. */
  now: Date;
  /** Set when started with `pushgateway: true`; Prometheus scrapes it every second. */
  pushgatewayUrl?: string;
  stop(): Promise<void>;
}

export interface HarnessOptions {
  /** Any time: it is rounded down to a sample boundary. Defaults to the clock. */
  now?: Date;
  pushgateway?: boolean;
}

export async function startPrometheus(options: HarnessOptions = {}): Promise<PrometheusHarness> {
  ensureSystemDeps(options.pushgateway ? ['prometheus', 'prometheus-pushgateway'] : ['prometheus']);
  const now = alignToStep(options.now ?? new Date());
  const dir = await mkdtemp(join(tmpdir(), 'rollbook-prometheus-'));
  const processes: Daemon[] = [];
  const stop = async () => {
    await Promise.all(processes.map((daemon) => daemon.stop()));
    await rm(dir, { recursive: true, force: true });
  };
  try {
    const dataDir = join(dir, 'data');
    await writeFile(join(dir, 'fixture.om'), generateOpenMetrics(now));
    await run('promtool', [
      'tsdb',
      'create-blocks-from',
      'openmetrics',
      `--max-block-duration=${BACKFILL_BLOCK_DURATION}`,
      '--quiet',
      join(dir, 'fixture.om'),
      dataDir,
    ]);
    let pushgatewayUrl: string | undefined;
    if (options.pushgateway) {
      const gateway = await startWithRetry((address) => [
        'prometheus-pushgateway',
        [`--web.listen-address=${address}`],
      ]);
      processes.push(gateway);
      pushgatewayUrl = gateway.url;
    }
    const configFile = join(dir, 'prometheus.yml');
    await writeFile(configFile, config(pushgatewayUrl));
    const prometheus = await startWithRetry((address) => [
      'prometheus',
      [
        `--config.file=${configFile}`,
        `--storage.tsdb.path=${dataDir}`,
        `--storage.tsdb.retention.time=${RETENTION}`,
        `--web.listen-address=${address}`,
      ],
    ]);
    processes.push(prometheus);
    return { url: prometheus.url, now, ...(pushgatewayUrl ? { pushgatewayUrl } : {}), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function config(pushgatewayUrl: string | undefined): string {
  const scrape = pushgatewayUrl
    ? [
        'scrape_configs:',
        '  - job_name: pushgateway',
        '    honor_labels: true',
        `    scrape_interval: ${SCRAPE_INTERVAL}`,
        '    static_configs:',
        `      - targets: ['${new URL(pushgatewayUrl).host}']`,
      ]
    : ['scrape_configs: []'];
  return ['global:', `  scrape_interval: ${SCRAPE_INTERVAL}`, ...scrape, ''].join('\n');
}

interface Daemon {
  url: string;
  stop(): Promise<void>;
}

/** Starts a server on a fresh 127.0.0.1 port, trying again if the port was taken meanwhile. */
async function startWithRetry(command: (address: string) => [string, string[]]): Promise<Daemon> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
    const address = `127.0.0.1:${await freePort()}`;
    const [binary, args] = command(address);
    try {
      return await startDaemon(binary, args, `http://${address}`);
    } catch (error) {
      lastError = error;
      if (!String(error).includes('address already in use')) break;
    }
  }
  throw lastError;
}

async function startDaemon(binary: string, args: string[], url: string): Promise<Daemon> {
  const child = spawn(binary, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const log: string[] = [];
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    log.push(...chunk.split('\n').filter(Boolean));
    log.splice(0, Math.max(0, log.length - LOG_TAIL_LINES));
  });
  // If the test process dies without afterAll, do not leave a server behind.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    process.off('exit', killOnExit);
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitUntilReady(child, exited, `${url}/-/ready`);
  } catch (error) {
    await stop();
    throw new Error(`${binary} did not start: ${(error as Error).message}\n${log.join('\n')}`);
  }
  return { url, stop };
}

async function waitUntilReady(child: ChildProcess, exited: Promise<void>, readyUrl: string): Promise<void> {
  let gone = false;
  void exited.then(() => {
    gone = true;
  });
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (gone) throw new Error(`exited with ${child.exitCode ?? child.signalCode}`);
    try {
      const response = await fetch(readyUrl, { signal: AbortSignal.timeout(READY_POLL_MS * 10) });
      await response.body?.cancel();
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, READY_POLL_MS));
  }
  throw new Error(`not ready after ${READY_TIMEOUT_MS}ms`);
}
