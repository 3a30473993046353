// The site shows a lesson another repository shares (docs/adr/0049-shared-lessons.md): the site
// build reads the configuration's lesson sources with GITHUB_TOKEN from the (fake) GitHub API, the
// plan page lists the shared guard named by its repository and linked to the lesson's file there,
// with the ref and commit read, and the lesson's own page says where it comes from.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, onTestFinished, test } from 'vitest';
import { startFakeGitHub } from '../../action/test/fake-github/server.ts';
import { tempDir } from '../../action/test/helpers/cli.ts';
import {
  cleanPlan,
  configText,
  FAKE_OPTIONS,
  LESSON_ID,
  LESSONS_REPO,
  LESSONS_TOKEN,
  publishLesson,
  webUrl,
} from '../../action/test/shared-lessons/harness.ts';
import { buildSite } from './helpers/build-site.ts';

/** Astro escapes text; these are the characters the expected strings contain. */
const html = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

test('a shared lesson guards the plan page and has its own page, linked to its repository at the ref', async () => {
  const fake = await startFakeGitHub(FAKE_OPTIONS);
  onTestFinished(() => fake.stop());
  const commit = publishLesson(fake);
  const root = tempDir('rollbook-site-shared-');
  mkdirSync(join(root, 'playbooks'));
  writeFileSync(join(root, 'rollbook.config.yaml'), configText());
  writeFileSync(join(root, 'playbooks/checkout-v2.rollout.yaml'), cleanPlan());

  const build = await buildSite({
    playbooks: join(root, 'playbooks'),
    start: '2026-12-01',
    env: { ...fake.env(), GITHUB_TOKEN: LESSONS_TOKEN },
  });
  onTestFinished(() => build.remove());
  expect(build.code, build.output).toBe(0);

  const origin = `${LESSONS_REPO} at main, commit ${commit.slice(0, 12)}`;
  const plan = readFileSync(join(build.outDir, 'plans/checkout-v2/index.html'), 'utf8');
  expect(plan).toContain('The canary dashboard is open on the incident channel');
  expect(plan).toContain(`href="${webUrl(fake, 'main')}"`);
  expect(plan).toContain(
    html(`${LESSONS_REPO}#${LESSON_ID} — A canary went out while its dashboards were broken (${origin})`),
  );

  const lesson = readFileSync(join(build.outDir, `lessons/${LESSON_ID}/index.html`), 'utf8');
  expect(lesson).toContain(`<a href="${webUrl(fake, 'main')}"`);
  expect(lesson).toMatch(new RegExp(`<dt[^>]*>Shared by</dt> <dd[^>]*><a href="[^"]+"[^>]*>${html(origin)}</a>`));
  // Its backlinks find the plan its guards touch, although guards name it `owner/name#L-…`.
  expect(lesson).not.toContain('No plan matches this lesson');
  expect(lesson).toMatch(/<ul class="backlinks[^"]*"><li[^>]*><a href="\/plans\/checkout-v2\/"/);
  // Read once for the whole build, although two loaders and every page use the lessons.
  const blobs = fake.log.entries.filter((e) => e.operationId === 'git/get-blob');
  expect(blobs).toHaveLength(1);
  fake.assertNoDrift();
}, 180_000);
