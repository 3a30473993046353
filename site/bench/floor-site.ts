// The framework floor: a plain Starlight site with one Markdown page per plan and per lesson,
// holding the same text (story, phases, steps, rollbacks, gates, metrics; the lesson's story).
// Built by the same Astro and Starlight, with Pagefind, so the ratio measures only what the
// Rollbook site adds: reading through the engine, guard matching, calendars, diagrams.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { RolloutPlan } from '../../action/src/site-api.ts';

const yamlString = (s: string) => JSON.stringify(s);

export function planMarkdown(plan: RolloutPlan): string {
  const out = [
    '---',
    `title: ${yamlString(plan.metadata.title)}`,
    '---',
    '',
    `Owners: ${plan.metadata.owners.join(', ')}. Services: ${plan.metadata.services.join(', ')}.`,
    '',
    '## Story',
    '',
    plan.story.problem,
    '',
    plan.story.size,
    '',
    plan.story.solution,
    '',
    ...plan.story.deliverables.map((d) => `- ${d}`),
    '',
    ...plan.story.impact.map((k) => `- ${k.kpi}: from ${k.baseline ?? '?'} to ${k.expect}`),
    '',
    '## Phases',
  ];
  plan.phases.forEach((phase, i) => {
    out.push('', `### ${i + 1}. ${phase.title}`, '', `${phase.environment}, ${phase.strategy}, bake ${phase.bake}`, '');
    for (const step of phase.steps) {
      const rollback = typeof step.rollback === 'string' ? { do: step.rollback } : step.rollback;
      out.push(`1. **${step.id}** (${step.kind}): ${step.do}${step.command ? ` \`${step.command}\`` : ''}`);
      out.push(`   Rollback: ${rollback?.do ?? 'none'}${rollback?.command ? ` \`${rollback.command}\`` : ''}`);
    }
    out.push('', ...(phase.gates ?? []).map((g) => `- Gate: ${JSON.stringify(g)}`));
    if (phase.rehearsal) out.push('', `Rehearsal: ${phase.rehearsal}`);
  });
  out.push('', '## Metrics', '');
  for (const [name, metric] of Object.entries(plan.metrics)) out.push(`- \`${name}\`: \`${metric.query}\``);
  out.push('', '## Flags', '', ...(plan.flags ?? []).map((f) => `- \`${f.key}\`: ${f.description ?? ''}`));
  return `${out.join('\n')}\n`;
}

export function lessonMarkdown(text: string): string {
  const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  const data = parse(front) as { title: string; detection: { how: string; sooner: string } };
  return `---\ntitle: ${yamlString(data.title)}\n---\n\n${data.detection.how}\n\n${data.detection.sooner}\n\n${body}`;
}

const CONFIG = `import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
export default defineConfig({ integrations: [starlight({ title: 'Floor', pagefind: true })] });
`;
const CONTENT_CONFIG = `import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { defineCollection } from 'astro/content/config';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/**
 * A Starlight project in `dir` with the corpus as Markdown. `dir` must be inside the repository
 * so that Node finds astro and Starlight in its node_modules (Astro does not follow a symlink).
 */
export async function writeFloorSite(dir: string, playbooks: string): Promise<void> {
  const docs = join(dir, 'src/content/docs');
  await mkdir(join(docs, 'lessons'), { recursive: true });
  await writeFile(join(dir, 'astro.config.mjs'), CONFIG);
  await writeFile(join(dir, 'src/content.config.mjs'), CONTENT_CONFIG);
  await writeFile(join(docs, 'index.md'), '---\ntitle: Floor\n---\n\nA plain Starlight site.\n');
  for (const name of (await readdir(playbooks)).filter((n) => n.endsWith('.rollout.yaml'))) {
    const plan = parse(await readFile(join(playbooks, name), 'utf8')) as RolloutPlan;
    await writeFile(join(docs, `${plan.metadata.name}.md`), planMarkdown(plan));
  }
  for (const name of await readdir(join(playbooks, 'lessons'))) {
    await writeFile(
      join(docs, 'lessons', name),
      lessonMarkdown(await readFile(join(playbooks, 'lessons', name), 'utf8')),
    );
  }
}
