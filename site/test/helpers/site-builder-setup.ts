// globalSetup of the test projects that build sites (`browser`, `site-build`): one pool of site
// builders for the run (site-builders.ts, ADR 79), shared by the projects of this vitest process,
// which test files reach through a Unix socket in a folder only this user can open. A request is
// one line of JSON (a BuildRequest), the answer one line (a BuildOutcome).
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { REPO_ROOT, shellEnvironment } from './build-site.ts';
import { type BuildRequest, builderPool } from './site-builders.ts';

declare module 'vitest' {
  interface ProvidedContext {
    /** The socket of the run's site builders, when the project started them. */
    siteBuilderSocket: string | undefined;
  }
}

/** Shared by every project's setup in this vitest process (each may load this module anew). */
const SHARED = Symbol.for('rollbook.test.siteBuilders');
const shared = globalThis as { [SHARED]?: Promise<Builders> };

interface Builders {
  socket: string;
  stop(): void;
}

async function startBuilders(): Promise<Builders> {
  const folder = mkdtempSync(join(tmpdir(), 'rollbook-site-builders-'));
  const socket = join(folder, 'socket');
  const pool = builderPool(REPO_ROOT, shellEnvironment());
  const server: Server = createServer((connection) => {
    connection.setEncoding('utf8');
    connection.on('error', () => {}); // a test file that ended mid-build; its build still finishes
    let text = '';
    connection.on('data', (chunk: string) => {
      text += chunk;
      const end = text.indexOf('\n');
      if (end === -1) return;
      const request = JSON.parse(text.slice(0, end)) as BuildRequest;
      text = '';
      void pool.build(request).then((outcome) => connection.end(`${JSON.stringify(outcome)}\n`));
    });
  });
  await new Promise<void>((listening) => server.listen(socket, listening));
  let stopped = false;
  return {
    socket,
    stop() {
      if (stopped) return;
      stopped = true;
      server.close();
      pool.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

export default async function setup(project: TestProject): Promise<() => void> {
  shared[SHARED] ??= startBuilders();
  const builders = await shared[SHARED];
  project.provide('siteBuilderSocket', builders.socket);
  // Teardowns run when the whole run ends, so no project stops them under another's tests.
  return () => builders.stop();
}
