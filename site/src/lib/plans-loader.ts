// The Astro content loader for plans: the plans checkPlans accepted, keyed by plan name.
import type { Loader, LoaderContext } from 'astro/loaders';
import { readPlaybooks } from './playbooks.ts';
import { reloadOnChange } from './watch.ts';

async function sync({ store, logger }: Pick<LoaderContext, 'store' | 'logger'>): Promise<string[]> {
  const { plans, warnings, folders } = await readPlaybooks();
  if (warnings) logger.warn(`\n${warnings}`);
  store.clear();
  for (const entry of plans) store.set({ id: entry.plan.metadata.name, data: { ...entry } });
  logger.info(`${plans.length} plans`);
  return folders;
}

export function plansLoader(): Loader {
  return {
    name: 'rollbook-plans',
    async load(context) {
      const folders = await sync(context);
      reloadOnChange(context.watcher, folders, async () => void (await sync(context)), context.logger);
    },
  };
}
