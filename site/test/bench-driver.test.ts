// The site benchmarks' build driver (site/bench/build-driver.ts) without Astro: a stand-in build
// records what each build met and leaves its caches warm behind it, as a real one does. Every
// round must meet floor and subject equally cold, whichever goes first.
import { access, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { type AstroProject, type BuildTime, buildPair, floorProject, siteProject } from '../bench/build-driver.ts';

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

let work: string | undefined;
afterEach(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('buildPair', () => {
  test('builds floor and subject cold every round, alternating which goes first; medians and ratios', async () => {
    work = await mkdtemp(join(tmpdir(), 'rollbook-bench-driver-'));
    const floor = floorProject(join(work, 'floor'), work);
    const site = siteProject(work, { ROLLBOOK_PLAYBOOKS: '/p' });
    const projects = new Map<string, AstroProject>([
      [floor.root, floor],
      [site.root, site],
    ]);
    const met: string[] = [];
    const times: Record<string, number[]> = { floor: [10, 30, 20], site: [12, 36, 24] };
    const build = async (root: string, outDir: string, env: Record<string, string>): Promise<BuildTime> => {
      const project = projects.get(root)!;
      const name = project === floor ? 'floor' : 'site';
      const warm = await Promise.all(project.caches.map(exists));
      met.push(`${name} ${warm.some(Boolean) ? 'warm' : 'cold'}`);
      expect(outDir).toBe(project.outDir);
      if (name === 'site') expect(env.ROLLBOOK_SITE_CACHE_DIR).toBe(site.caches[0]);
      // What a build leaves behind: its content cache.
      for (const cache of project.caches) {
        await mkdir(cache, { recursive: true });
        await writeFile(join(cache, 'data-store.json'), '{}');
      }
      const ms = times[name]!.shift()!;
      return { wallMs: ms, cpuMs: ms * 2 };
    };
    const result = await buildPair(floor, site, 3, build);
    expect(met).toEqual(['floor cold', 'site cold', 'site cold', 'floor cold', 'floor cold', 'site cold']);
    expect(result).toEqual({ floorMs: 20, siteMs: 24, ratio: 1.2, floorCpuMs: 40, siteCpuMs: 48, cpuRatio: 1.2 });
  });

  test('leaves CPU out when a build could not measure it', async () => {
    work = await mkdtemp(join(tmpdir(), 'rollbook-bench-driver-'));
    const floor = floorProject(join(work, 'floor'), work);
    const site = siteProject(work, {});
    const result = await buildPair(floor, site, 1, async () => ({ wallMs: 10, cpuMs: undefined }));
    expect(result).toEqual({ floorMs: 10, siteMs: 10, ratio: 1 });
  });
});
