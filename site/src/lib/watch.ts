// In `astro dev`, re-run the loaders when a plan, lesson or the config changes. One listener per
// watcher forgets the cached read once, then every loader reloads from a single fresh read.
import type { LoaderContext } from 'astro/loaders';
import { forgetPlaybooks } from './playbooks.ts';

type Watcher = NonNullable<LoaderContext['watcher']>;

const reloads = new Map<Watcher, Set<() => Promise<void>>>();
const RELEVANT = /(\.rollout\.ya?ml|\.md|rollbook\.config\.yaml)$/;

export function reloadOnChange(watcher: Watcher | undefined, folders: readonly string[], reload: () => Promise<void>) {
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
      for (const callback of registered) await callback();
    };
    for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, onChange);
  }
  callbacks.add(reload);
}
