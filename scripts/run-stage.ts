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
