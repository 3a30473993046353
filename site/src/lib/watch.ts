// In `astro dev`, re-run the loaders when a plan, lesson or the config changes. One listener per
// watcher forgets the cached read once, then every loader reloads from a single fresh read.
import type { LoaderContext } from 'astro/loaders';
import { forgetPlaybooks } from './playbooks.ts';

type Watcher = NonNullable<LoaderContext['watcher']>;
type Logger = LoaderContext['logger'];

const reloads = new Map<Watcher, Set<() => Promise<void>>>();
const RELEVANT = /(\.rollout\.ya?ml|\.md|rollbook\.config\.yaml)$/;

export function reloadOnChange(
  watcher: Watcher | undefined,
  folders: readonly string[],
  reload: () => Promise<void>,
  logger: Logger,
) {
  if (!watcher) return;
  watcher.add([...folders]);
  let callbacks = reloads.get(watcher);
  if (!callbacks) {
    const registered = new Set<() => Promise<void>>();
    callbacks = registered;
    reloads.set(watcher, registered);
    const onChange = async (path: string) => {
      if (!RELEVANT.test(path) || !folders.some((f) => path.startsWith(f))) return;
      forgetPlaybooks();
      try {
        for (const callback of registered) await callback();
      } catch (error) {
        // Keep serving the last good content; show the CLI's message, as the build would.
        logger.error((error as Error).message);
      }
    };
    for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, onChange);
  }
  callbacks.add(reload);
}
