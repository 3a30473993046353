// The site builders of a test run (site-builder.ts, ADR 79): a build goes to a builder that is
// not building, or to a new one, so there are never more builders than builds at once (two, with
// two vitest workers), and each builder after its first build builds warm. A builder whose build
// failed is ended rather than reused, so nothing a half-done build left behind reaches another
// file's build. The log of a build is what the builder printed between two END_MARK lines, in
// the order it arrived, as `astro build`'s own output would be.
import { type ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';

/** Ends each build's log on the builder's stdout and stderr. */
export const END_MARK = '\u0000rollbook-site-builder:end';

export interface BuildRequest {
  root: string;
  outDir: string;
  /** The build's whole environment, as a shell would pass it to `astro build`. */
  env: Record<string, string>;
}

export interface BuildReply {
  /** 0 when the build passed, 1 when it threw (as `astro build` exits). */
  code: number;
}

export interface BuildOutcome {
  /** The build's exit status: 0 passed; 1 failed; the builder's own status if it died. */
  code: number | null;
  /** stdout and stderr, as they came. */
  output: string;
}

export interface BuilderPool {
  build(request: BuildRequest): Promise<BuildOutcome>;
  /** Ends every builder. */
  close(): void;
}

const BUILDER_SCRIPT = join(import.meta.dirname, 'site-builder.ts');
const END_LINE = `\n${END_MARK}\n`;

interface Job {
  output: string;
  /** Per stream, to find its END_LINE even when the two streams' chunks interleave. */
  stdout: string;
  stderr: string;
  reply?: BuildReply;
  finish(outcome: BuildOutcome): void;
}

interface Builder {
  child: ChildProcess;
  job?: Job;
}

/** Builders started in `cwd` with `env` (each build replaces the environment with its own). */
export function builderPool(cwd: string, env: NodeJS.ProcessEnv): BuilderPool {
  const idle: Builder[] = [];
  const all = new Set<Builder>();

  function finishIfDone(builder: Builder): void {
    const job = builder.job;
    if (!job?.reply || !job.stdout.includes(END_LINE) || !job.stderr.includes(END_LINE)) return;
    builder.job = undefined;
    if (job.reply.code === 0) idle.push(builder);
    else builder.child.kill();
    job.finish({ code: job.reply.code, output: job.output.replaceAll(END_LINE, '') });
  }

  function start(): Builder {
    const child = fork(BUILDER_SCRIPT, [], { cwd, env, execArgv: [], stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
    const builder: Builder = { child };
    all.add(builder);
    for (const stream of ['stdout', 'stderr'] as const) {
      child[stream]!.setEncoding('utf8');
      child[stream]!.on('data', (chunk: string) => {
        if (!builder.job) return;
        builder.job.output += chunk;
        builder.job[stream] += chunk;
        finishIfDone(builder);
      });
    }
    child.on('message', (reply: BuildReply) => {
      if (!builder.job) return;
      builder.job.reply = reply;
      finishIfDone(builder);
    });
    child.on('close', (code, signal) => {
      all.delete(builder);
      const at = idle.indexOf(builder);
      if (at !== -1) idle.splice(at, 1);
      const job = builder.job;
      builder.job = undefined;
      job?.finish({ code: code ?? 1, output: `${job.output}\nThe site builder ended (${signal ?? `exit ${code}`}).` });
    });
    return builder;
  }

  return {
    build(request) {
      const builder = idle.pop() ?? start();
      return new Promise((finish) => {
        builder.job = { output: '', stdout: '', stderr: '', finish };
        builder.child.send(request);
      });
    },
    close() {
      for (const builder of all) builder.child.kill();
    },
  };
}
