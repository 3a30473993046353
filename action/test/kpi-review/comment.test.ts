import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TemplateContractError } from '../../src/checklist/render.ts';
import { loadChecklistTemplates } from '../../src/checklist/templates.ts';
import { scaffoldPlan } from '../../src/cli/scaffold.ts';
import { countOutcomes, reviewComment } from '../../src/kpi-review/comment.ts';
import type { KpiResult } from '../../src/kpi-review/measure.ts';
import { postedReview } from '../../src/kpi-review/read.ts';
import { parsePlan } from '../../src/plan/parse.ts';
import { parseKpiReviewMarker } from '../../src/text/markers.ts';
import { tempDir } from '../helpers/cli.ts';

const templates = await loadChecklistTemplates();
const plan = parsePlan(scaffoldPlan('demo', 's'), 'demo.rollout.yaml').plan!;
const AT = '2026-11-20T10:00:00Z';

describe('reviewComment', () => {
  const results: KpiResult[] = [
    { kpi: 'a | <!-- x --> @mallory', expect: '>= 1 | `x`', at: AT, outcome: 'met', measured: 2, unit: 'count' },
    {
      kpi: 'b',
      baseline: '3 ms',
      expect: '<= 2 ms',
      at: AT,
      outcome: 'missed',
      measured: 0.0031,
      unit: 's',
      window: '1h',
    },
    {
      kpi: 'c',
      expect: 'better',
      at: AT,
      outcome: 'no-data',
      reason: 'not measurable: it does not start with a comparison',
    },
  ];

  it('carries its counts in the marker and escapes plan text', () => {
    const body = reviewComment(templates, plan, '2026-11-01T09:00:00Z', results);
    const counts = { met: 1, missed: 1, noData: 1, outcomes: ['met', 'missed', 'no-data'] };
    expect(parseKpiReviewMarker(body)).toEqual({ ...counts, kpis: expect.any(String) });
    expect(countOutcomes(results)).toEqual(counts);
    // The record of each KPI's values rides in the same marker, read back as written.
    const read = postedReview([{ id: 1, body, author: 'github-actions[bot]', createdAt: AT }], 'github-actions[bot]');
    expect(read?.kpis).toEqual([
      { kpi: 'a | <!-- x --> @mallory', expect: '>= 1 | `x`', measured: 2, unit: 'count', at: AT },
      { kpi: 'b', baseline: '3 ms', expect: '<= 2 ms', measured: 0.0031, unit: 's', window: '1h', at: AT },
      { kpi: 'c', expect: 'better', at: AT, reason: 'not measurable: it does not start with a comparison' },
    ]);
    // One marker only (plan text cannot spell a second), no unescaped pipe or ping from the KPI text.
    expect(body.match(/<!--/g)).toHaveLength(1);
    expect(body).not.toContain('@mallory');
    const rows = body.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| KPI') && !l.startsWith('| ---'));
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length, row).toBe(7);
    // A miss pings the owners the plan names.
    expect(body).toContain('@your-team: this issue stays open');
  });

  it('says the issue closes when nothing missed, and pings nobody', () => {
    const body = reviewComment(templates, plan, '2026-11-01T09:00:00Z', [results[0]!, results[2]!]);
    expect(body).toContain('No KPI missed its expectation: this issue is closed as completed.');
    expect(body).not.toMatch(/@\w/);
  });

  it('goes through an overridable template; Rollbook keeps its marker and refuses one the template writes', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'checklist'));
    writeFileSync(
      join(dir, 'checklist', 'kpi-review.md.hbs'),
      'Review: {{counts.met}} met.{{#each kpis}} {{kpi}}={{outcome}}{{/each}}\n',
    );
    const custom = await loadChecklistTemplates(dir);
    const body = reviewComment(custom, plan, '2026-11-01T09:00:00Z', [results[0]!]);
    const text = body.split('\n').slice(1).join('\n');
    expect(text).toMatch(/^Review: 1 met\. a .*=✅ met\n$/);
    expect(text).not.toContain('<!--');
    expect(parseKpiReviewMarker(body)).toMatchObject({ met: 1 });
    writeFileSync(
      join(dir, 'checklist', 'kpi-review.md.hbs'),
      '<!-- rollbook:kpi-review met=9 missed=0 nodata=0 -->\n',
    );
    const forged = await loadChecklistTemplates(dir);
    expect(() => reviewComment(forged, plan, '2026-11-01T09:00:00Z', results)).toThrow(TemplateContractError);
  });
});
