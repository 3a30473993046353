// The Astro content loader for plans. It calls the engine's checkPlans, the routine behind
// `rollbook validate`, so the site accepts exactly the plans the CLI accepts: one parser.
import { relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import { loadConfig } from '../../../action/src/config/load.ts';
import { checkPlans } from '../../../action/src/workspace/check-plans.ts';
import { failOnErrors } from './diagnostics-error.ts';
import { siteOptions } from './options.ts';
import type { PlanEntry } from './types.ts';

/** Reads and checks every plan; throws the CLI's positioned messages when any has an error. */
export async function readPlans(): Promise<{ entries: PlanEntry[]; warnings: string }> {
  const options = siteOptions();
  const loaded = await loadConfig(options.repoRoot);
  const sources = new Map<string, string>();
  if (loaded.file && loaded.text !== undefined) sources.set(loaded.file, loaded.text);
  failOnErrors('rollbook.config.yaml', 0, loaded.diagnostics, sources);
  const input = relative(options.repoRoot, options.playbooks) || '.';
  const result = await checkPlans([input], { cwd: options.repoRoot, config: loaded.config, start: options.start });
  for (const parsed of result.plans) sources.set(parsed.file, parsed.text);
  const warnings = failOnErrors('Rollout plans', result.plans.length, result.diagnostics, sources);
  const noFridays = loaded.config.calendar?.noFridays ?? true;
  const entries = result.plans.flatMap((parsed) =>
    parsed.plan ? [{ file: parsed.file, warnings: parsed.diagnostics.length, noFridays, plan: parsed.plan }] : [],
  );
  return { entries, warnings };
}

export function plansLoader(): Loader {
  return {
    name: 'rollbook-plans',
    async load({ store, logger, watcher }) {
      const { entries, warnings } = await readPlans();
      if (warnings) logger.warn(`\n${warnings}`);
      store.clear();
      for (const entry of entries) {
        store.set({ id: entry.plan.metadata.name, data: { ...entry } });
      }
      logger.info(`${entries.length} plans from ${siteOptions().playbooks}`);
      watcher?.add(siteOptions().playbooks);
    },
  };
}
