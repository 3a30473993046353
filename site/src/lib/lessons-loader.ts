// The Astro content loader for lessons: the lessons checkPlans read, with their story already
// rendered to sanitized HTML, keyed by lesson id.
import type { Loader, LoaderContext } from 'astro/loaders';
import { readPlaybooks } from './playbooks.ts';
import { reloadOnChange } from './watch.ts';

async function sync({ store, logger }: Pick<LoaderContext, 'store' | 'logger'>): Promise<string[]> {
  const { lessons, folders } = await readPlaybooks();
  store.clear();
  for (const entry of lessons) store.set({ id: entry.lesson.id, data: { ...entry } });
  logger.info(`${lessons.length} lessons`);
  return folders;
}

export function lessonsLoader(): Loader {
  return {
    name: 'rollbook-lessons',
    async load(context) {
      const folders = await sync(context);
      reloadOnChange(context.watcher, folders, async () => void (await sync(context)), context.logger);
    },
  };
}
