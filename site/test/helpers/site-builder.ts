// A site builder: a Node process that runs `astro build` through Astro's own `build()` (the
// function `astro build` calls), one site at a time, for as many sites as it is asked, so Astro,
// Vite and Starlight load once per builder instead of once per site (ADR 79). Forked by
// site-builders.ts; each request (over the IPC channel) carries the build's whole environment,
// which replaces this process's before the build, and its output folder. Astro's log goes to this
// process's stdout and stderr as `astro build`'s does; after each build a line with END_MARK goes
// to both, then the result as an IPC message, so the parent knows where one build's log ends.
import { inspect } from 'node:util';
import { build } from 'astro';
import { type BuildReply, type BuildRequest, END_MARK } from './site-builders.ts';

/** Makes `env` this process's whole environment (in place: `process.env` stays Node's object). */
function replaceEnvironment(env: Record<string, string>): void {
  for (const key of Object.keys(process.env)) delete process.env[key];
  Object.assign(process.env, env);
}

async function buildOne(request: BuildRequest): Promise<BuildReply> {
  replaceEnvironment(request.env);
  try {
    await build({ root: request.root, outDir: request.outDir });
    return { code: 0 };
  } catch (error) {
    console.error(inspect(error));
    return { code: 1 };
  } finally {
    process.stdout.write(`\n${END_MARK}\n`);
    process.stderr.write(`\n${END_MARK}\n`);
  }
}

if (process.send) {
  process.on('message', (request: BuildRequest) => {
    void buildOne(request).then((reply) => process.send?.(reply));
  });
  // The parent went away (a test run that ended or was killed): nothing is left to build for.
  process.on('disconnect', () => process.exit(0));
}
