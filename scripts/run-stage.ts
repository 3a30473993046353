// One stage of `npm test` (scripts/test.ts): a command, and optionally a second one run at the same
// time whose output is held until both have ended, so the two never interleave (ADR 90).
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';

export interface Stage {
  name: string;
  command: string;
  args: string[];
  /** Skip when this file is absent (a stage another part of the project brings). */
  requires?: string;
  /** More environment for this stage. */
  env?: NodeJS.ProcessEnv;
  /** A second command run at the same time, with its output held until the first has ended. */
  beside?: { name: string; command: string; args: string[] };
}

/**
 * The colour setting for a run's commands, as the CLI colours (README): only on a terminal,
 * unless NO_COLOR or FORCE_COLOR says otherwise, which are then left as they are. Vitest colours
 * whenever CI is set, so without this a CI log is full of escape codes; and a command run beside
 * writes to a pipe, so on a terminal it has to be told to colour.
 */
export function colourEnvironment(env: NodeJS.ProcessEnv, isTerminal: boolean): NodeJS.ProcessEnv {
  if (env.NO_COLOR !== undefined || env.FORCE_COLOR !== undefined) return {};
  return isTerminal ? { FORCE_COLOR: '1' } : { NO_COLOR: '1' };
}

/** The exit status of a child process, or 1 when it could not be started or was killed. */
function exitStatus(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    child.on('error', (error) => {
      console.error(`could not start ${child.spawnfile}: ${error.message}`);
      resolve(1);
    });
    child.on('close', (code) => resolve(code ?? 1));
  });
}

/**
 * Runs a stage; true when it (and what ran beside it) passed. The stage's own output goes straight
 * to this process's; what ran beside it is held and handed to `write` after both have ended.
 */
export async function runStage(stage: Stage, write: (text: string | Buffer) => void): Promise<boolean> {
  const env = { ...process.env, ...stage.env };
  if (!stage.beside) return spawnSync(stage.command, stage.args, { stdio: 'inherit', env }).status === 0;
  // Held in order of arrival, stdout and stderr together, as a terminal would have shown them.
  const held: Buffer[] = [];
  const beside = spawn(stage.beside.command, stage.beside.args, { stdio: ['ignore', 'pipe', 'pipe'], env });
  beside.stdout?.on('data', (chunk: Buffer) => held.push(chunk));
  beside.stderr?.on('data', (chunk: Buffer) => held.push(chunk));
  const [first, second] = await Promise.all([
    exitStatus(spawn(stage.command, stage.args, { stdio: 'inherit', env })),
    exitStatus(beside),
  ]);
  write(`\n── ${stage.beside.name}: ${stage.beside.command} ${stage.beside.args.join(' ')}\n`);
  write(Buffer.concat(held));
  return first === 0 && second === 0;
}
