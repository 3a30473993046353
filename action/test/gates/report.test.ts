import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { gateIds } from '../../src/gates/gate-id.ts';
import type { Measurements, RangeReading } from '../../src/gates/model.ts';
import { buildGateReport, type GateReportInput } from '../../src/gates/report/build.ts';
import { gateReportJson, renderGateReport } from '../../src/gates/report/render.ts';
import { loadReportTemplates, type ReportTemplates } from '../../src/gates/report/templates.ts';
import { TEXT_REPORT_WIDTH } from '../../src/gates/report/view.ts';
import { commentBody, unresolvedMarkdown } from '../../src/github-action/report/comment.ts';
import type { RolloutPlan } from '../../src/plan/schema.ts';
import { cellCode, text, textWithMentions } from '../../src/text/github.ts';
import { INERT_AT } from '../../src/text/markdown-inline.ts';
import { parseReportMarker, reportMarker } from '../../src/text/markers.ts';
import { tempDir } from '../helpers/cli.ts';
import { issueReferences, linkTargets, REFERENCE_TEXT } from '../helpers/github-references.ts';
import { AT, checkoutPlan, DAY, failed, HOUR, nan, ok, SOURCE } from './helpers.ts';

const GOLDEN = join(import.meta.dirname, 'golden');
const templates: ReportTemplates = await loadReportTemplates();

function golden(name: string, actual: string): void {
  const file = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN) {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(file, actual);
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

function hourly(start: Date, end: Date, value: (at: Date) => number): RangeReading {
  const points = [];
  for (let t = start.getTime(); t <= end.getTime(); t += HOUR)
    points.push({ at: new Date(t), value: value(new Date(t)) });
  return { status: 'ok', points, skipped: 0, source: SOURCE };
}

const activatedAt = new Date(AT.getTime() - (DAY - 7 * HOUR - 12 * 60_000) - 2 * DAY);

/** The checkout plan leaving canary for production: bake done, one of two sign-offs, a metric error. */
function scenario(plan: RolloutPlan = checkoutPlan()): GateReportInput {
  const measurements: Measurements = {
    'metric-error-rate': {
      current: ok(0.004),
      history: { series: hourly(activatedAt, AT, (at) => (at.getUTCDate() === 21 ? 0.012 : 0.004)) },
    },
    'metric-success-rate': { current: failed('timed out after 10000ms') },
  };
  return {
    plan,
    target: 'production',
    at: AT,
    facts: {
      activatedAt,
      signoffs: [
        { gate: 'signoff', by: '@erin', at: new Date(AT.getTime() - 3 * HOUR) },
        { gate: 'signoff', by: '@dana', at: new Date(AT.getTime() - 2 * HOUR) },
      ],
      checklist: { done: 4, total: 5, open: ['Tell support'] },
    },
    pr: { labels: [] },
    measurements,
    lessons: [
      {
        id: 'L-2025-03-cold-cache/warm',
        title: 'Warm caches before a ramp',
        why: 'L-2025-03-cold-cache — A cold cache took checkout down',
        href: 'playbooks/lessons/L-2025-03-cold-cache.md',
      },
      {
        id: 'L-2024-11-friday/freeze',
        title: 'No ramps before peak season',
        why: 'L-2024-11-friday — Peak-season outage',
        status: 'waived',
        waivedReason: 'this flag only changes copy',
      },
    ],
    notes: ['This PR edits the plan; it is judged by the plan on the base branch.'],
  };
}

describe('the gate report', () => {
  it('matches the golden Markdown', () => {
    golden('gate-report.md', renderGateReport(buildGateReport(scenario()), 'md', templates));
  });

  it('matches the golden terminal text', () => {
    golden('gate-report.txt', renderGateReport(buildGateReport(scenario()), 'text', templates));
  });

  it('puts the verdict on the first line and the marker last', () => {
    const md = renderGateReport(buildGateReport(scenario()), 'md', templates);
    const lines = md.trimEnd().split('\n');
    expect(lines[0]).toBe(
      '**Verdict: HOLD.** Not yet ready to promote Checkout v2 from Production canary to Everyone.',
    );
    expect(lines.at(-1)).toBe('<!-- rollbook:gate-report plan=checkout-v2 phase=production -->');
    expect(parseReportMarker(md)).toEqual({ plan: 'checkout-v2', phase: 'production' });
  });

  it('says PROMOTE when everything passes', () => {
    const input = scenario();
    input.measurements = { 'metric-error-rate': { current: ok(0.001) }, 'metric-success-rate': { current: ok(0.999) } };
    input.facts = {
      activatedAt,
      signoffs: [
        { gate: 'signoff', by: '@erin', at: AT },
        { gate: 'signoff', by: '@bo', at: AT, as: '@acme/sre-leads' },
      ],
    };
    const md = renderGateReport(buildGateReport(input), 'md', templates);
    expect(md.split('\n')[0]).toBe(
      '**Verdict: PROMOTE.** Ready to promote Checkout v2 from Production canary to Everyone.',
    );
    expect(md).not.toContain('What stands in the way');
  });

  it('is deterministic for the same inputs and clock', () => {
    const a = renderGateReport(buildGateReport(scenario()), 'md', templates);
    const b = renderGateReport(buildGateReport(scenario()), 'md', templates);
    expect(a).toBe(b);
  });

  it('gives the per-gate results as JSON', () => {
    const json = gateReportJson(buildGateReport(scenario()));
    const roundTrip = JSON.parse(JSON.stringify(json));
    expect(roundTrip).toMatchObject({
      plan: 'checkout-v2',
      from: 'canary',
      phase: 'production',
      verdict: 'HOLD',
      status: { context: 'rollbook/gate', state: 'pending' },
    });
    expect(roundTrip.gates.map((g: { id: string; status: string }) => `${g.id}:${g.status}`)).toEqual([
      'bake:pass',
      'metric-error-rate:pass',
      'metric-success-rate:error',
      'signoff:pending',
      'checklist:pending',
    ]);
    expect(roundTrip.history.rows).toHaveLength(4);
  });

  describe('a crossed rollback threshold where rolling back is not the answer (ADR 30)', () => {
    const crossed = (plan: RolloutPlan) => {
      const input = scenario(plan);
      input.measurements = { ...input.measurements, 'metric-error-rate': { current: ok(0.09) } };
      return buildGateReport(input);
    };
    const irreversible = (): RolloutPlan => {
      const plan = checkoutPlan();
      const canary = plan.phases.find((p) => p.id === 'canary')!;
      canary.steps[0]!.irreversible = 'installed app builds cannot be recalled';
      canary.steps[0]!.rollForward = { do: 'Ship 8.14.1 through expedited review and keep the flag killed' };
      return plan;
    };
    const rollForwardPolicy = (): RolloutPlan => {
      const plan = checkoutPlan();
      plan.policy = { prefer: 'roll-forward' };
      return plan;
    };
    it.each([
      ['an irreversible step', irreversible, 'this phase cannot be rolled back; follow its roll-forward plan'],
      ['a roll-forward policy', rollForwardPolicy, "the plan's policy is to fix forward rather than undo"],
    ])('%s: ROLL FORWARD in Markdown, text, JSON and the commit status, never ROLL BACK', (_name, plan, why) => {
      const report = crossed(plan());
      const md = renderGateReport(report, 'md', templates);
      const txt = renderGateReport(report, 'text', templates);
      expect(md.split('\n')[0]).toBe(
        `**Verdict: ROLL FORWARD.** Roll forward Checkout v2 in Production canary: a metric crossed its rollback threshold, and ${why}.`,
      );
      expect(txt.split('\n')[0]).toContain('Verdict: ROLL FORWARD.');
      for (const out of [md, txt]) {
        expect(out).not.toMatch(/ROLL BACK|roll back/);
        expect(out).toContain('roll forward above 5%');
      }
      expect(md).toMatch(/\| error\\_rate \| .* \| ROLL FORWARD \|/);
      const json = gateReportJson(report);
      expect(json).toMatchObject({ verdict: 'ROLL FORWARD', status: { state: 'failure' } });
      expect(json.status.description).toMatch(
        /^ROLL FORWARD needed: error_rate: 9% is above the rollback threshold 5%/,
      );
    });

    it('names what cannot be undone and its roll-forward plan among the reasons', () => {
      const md = renderGateReport(crossed(irreversible()), 'md', templates);
      expect(md).toContain(
        '- step ramp cannot be undone (installed app builds cannot be recalled); roll forward: Ship 8.14.1 through expedited review and keep the flag killed',
      );
    });

    it('a reversible phase under a roll-back policy still says ROLL BACK', () => {
      const md = renderGateReport(crossed(checkoutPlan()), 'md', templates);
      expect(md.split('\n')[0]).toMatch(/^\*\*Verdict: ROLL BACK\.\*\*/);
      expect(md).not.toContain('ROLL FORWARD');
    });
  });

  it('a NaN metric shows NO DATA, never PASS', () => {
    const input = scenario();
    input.measurements = { ...input.measurements, 'metric-error-rate': { current: nan() } };
    const md = renderGateReport(buildGateReport(input), 'md', templates);
    expect(md).toMatch(/\| error\\_rate \| no data \(NaN\) \| .* \| NO DATA \|/);
  });
});

describe('hostile plan text', () => {
  const HOSTILE = '**x** | <img src=x onerror=alert(1)> @everyone [link](https://evil.example) <!-- $e^x$ `tick` ~~s~~';

  function hostilePlan(): RolloutPlan {
    const plan = checkoutPlan();
    plan.metadata.title = `Checkout ${HOSTILE}`;
    plan.metrics.error_rate!.unit = `ratio | </td> ${'\u001b'}[31mred`;
    plan.metrics.error_rate!.query = 'sum(rate(x{a="|"}[5m])) ` -->';
    plan.freezes![0]!.reason = 'Peak\n# Heading\n- item @everyone';
    plan.freezes![0]!.environments = ['production'];
    const canary = plan.phases[1]!;
    canary.title = `Canary ${'\u202e'}reversed`;
    canary.gates!.push({ manual: 'Ask @ceo and @acme/checkout | then | break the table' });
    return plan;
  }

  function render(format: 'md' | 'text') {
    const input = scenario(hostilePlan());
    input.at = new Date('2026-12-24T09:00:00Z');
    input.lessons = [
      { id: 'x', title: `Lesson ${'\u001b'}]8;;https://evil\u0007link`, why: '@mallory says <b>hi</b>' },
    ];
    return renderGateReport(buildGateReport(input), format, templates);
  }

  it('escapes Markdown and HTML, breaks mentions except owners and approvers', () => {
    const md = render('md');
    // What GitHub shows: render the Markdown and look for anything live.
    const html = marked.parse(md, { gfm: true, async: false });
    expect(html).not.toMatch(/<(img|b|script)\b/i);
    expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+=/i);
    expect(md).not.toMatch(/@everyone/);
    expect(md).not.toMatch(/@ceo/);
    expect(md).toContain(`${INERT_AT}ceo`);
    expect(md).toContain(`${INERT_AT}mallory`);
    // Owners and approvers may be mentioned.
    expect(md).toContain(`Ask ${INERT_AT}ceo and @acme/checkout`);
    expect(md).toContain('from @acme/sre-leads, @erin');
    expect(md).toContain('\\[link\\]');
    expect(md).toContain('\\$e^x\\$');
    // Only the marker opens an HTML comment (plan text cannot spell one).
    expect(md.match(/<!--/g)).toHaveLength(1);
    expect(md).not.toContain('\u001b');
    expect(md).not.toContain('\u202e');
    expect(md).not.toMatch(/^# Heading/m);
  });

  it('keeps every table row to its columns', () => {
    const md = render('md');
    const tables: string[][] = [];
    let current: string[] | undefined;
    for (const line of md.split('\n')) {
      if (line.startsWith('|')) {
        if (!current) {
          current = [];
          tables.push(current);
        }
        current.push(line);
      } else {
        current = undefined;
      }
    }
    expect(tables.length).toBe(2);
    const unescapedPipes = (row: string) => row.match(/(?<!\\)\|/g)?.length ?? 0;
    for (const table of tables) {
      const width = unescapedPipes(table[0]!);
      for (const row of table) expect(unescapedPipes(row), row).toBe(width);
    }
    expect(unescapedPipes(tables[0]![0]!)).toBe(6);
  });

  it('puts queries in a details section, in fenced blocks that survive backticks and spell no marker', () => {
    const md = render('md');
    const details = md.slice(md.indexOf('<details><summary>Queries</summary>'), md.indexOf('</details>'));
    expect(details).toContain('\n```text\nsum(rate(x{a="|"}[5m])) ` -\u200B->\n```\n');
    // The table has no code in it: queries stand only in the details section.
    expect(md.split('\n').filter((l) => l.startsWith('|') && l.includes('sum(rate'))).toEqual([]);
    // What GitHub shows: the query as code, inside the details.
    const html = marked.parse(md, { gfm: true, async: false });
    expect(html).toMatch(/<details><summary>Queries<\/summary>[\s\S]*<pre><code class="language-text">sum\(rate/);
  });

  it('strips terminal escapes from the text report', () => {
    const text = render('text');
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(text).toContain('Checkout **x** | <img src=x onerror=alert(1)> @everyone');
  });
});

describe('lesson links', () => {
  const links: [string, boolean][] = [
    ['https://wiki.example/lessons/L-1', true],
    ['playbooks/lessons/L-1.md', true],
    ['./L-1.md', true],
    ['javascript:alert(1)', false],
    ['https://x.example/a) [b](https://evil', false],
    ['https://x.example/\u001b]8;;', false],
  ];
  it.each(links)('%s is linked: %s', (href, linked) => {
    const input = scenario();
    input.lessons = [{ id: 'L-1', title: 't', why: 'w', href: href.replace('\\u001b', '\u001b') }];
    const md = renderGateReport(buildGateReport(input), 'md', templates);
    expect(md.includes('- [L-1](')).toBe(linked);
  });
});

describe('escaping helpers', () => {
  it('report text escapes what could change meaning', () => {
    // Rendered inline, the escaped text reads exactly as the original (HTML-escaped).
    const shown = (text: string, mentions?: Set<string>) =>
      marked.parseInline(textWithMentions(text, mentions), { async: false });
    const html = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    for (const text of ['a_b*c|d`e[f]g~h$i#j<k>l&m', '- not a list', '1. not a list', '**bold** <b>x</b>']) {
      expect(shown(text)).toBe(html(text));
    }
    expect(text('- not a list')).toBe('\\- not a list');
    expect(text('1. not a list')).toBe('1\\. not a list');
    expect(text('line\nbreak\ttab')).toBe('line break tab');
    expect(textWithMentions('hi @Erin and @bob', new Set(['@erin']))).toBe(`hi @Erin and ${INERT_AT}bob`);
    expect(text('mail a@b.com')).toBe(`mail a${INERT_AT}b.com`);
  });

  it('report code picks a fence longer than any backtick run', () => {
    expect(cellCode('a')).toBe('`a`');
    expect(cellCode('a`b')).toBe('``a`b``');
    expect(cellCode('`a`')).toBe('`` `a` ``');
    expect(cellCode('x|y')).toBe('`x\\|y`');
    expect(cellCode('x'.repeat(400))).toHaveLength(302);
  });

  it('the marker only carries id characters', () => {
    expect(reportMarker('a b-->', 'c')).toBe('<!-- rollbook:gate-report plan=a-b--- phase=c -->');
  });
});

describe('templates', () => {
  it('an override directory replaces templates and partials by name', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'report', 'partials'), { recursive: true });
    writeFileSync(join(dir, 'report', 'partials', 'bake.hbs'), 'CUSTOM BAKE {{bake.required}}\n');
    const custom = await loadReportTemplates(dir);
    const md = renderGateReport(buildGateReport(scenario()), 'md', custom);
    expect(md).toContain('CUSTOM BAKE 2d');
    expect(md.split('\n')[0]).toContain('Verdict: HOLD');
  });

  it('a flat override directory works too, and may add partials', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'partials'));
    writeFileSync(join(dir, 'gate-report.md.hbs'), '{{verdict}} {{> extra}}\n');
    writeFileSync(join(dir, 'partials', 'extra.hbs'), 'for {{plan.name}}');
    const md = renderGateReport(buildGateReport(scenario()), 'md', await loadReportTemplates(dir));
    expect(md).toBe('HOLD for checkout-v2\n');
  });

  /** The built-in templates with `gate-report.md.hbs` replaced by `markdown`. */
  async function withMarkdown(markdown: string): Promise<ReportTemplates> {
    const dir = tempDir();
    writeFileSync(join(dir, 'gate-report.md.hbs'), markdown);
    return loadReportTemplates(dir);
  }

  it('strict mode: a typo in a template fails loudly, naming the file and line', async () => {
    const broken = await withMarkdown('\n{{verdcit}}');
    expect(() => renderGateReport(buildGateReport(scenario()), 'md', broken)).toThrow(
      /gate-report\.md\.hbs:2:\d+: "verdcit" is not defined/,
    );
  });

  it('override templates cannot unescape plan text', async () => {
    const input = scenario();
    input.plan.metadata.title = '<script>x</script>';
    const md = renderGateReport(buildGateReport(input), 'md', await withMarkdown('{{{plan.title}}} {{plan.title}}'));
    expect(md).toBe('\\<script>x\\</script> \\<script>x\\</script>\n');
    expect(marked.parse(md, { async: false })).not.toContain('<script');
  });
});

describe('issue references in plan and lesson text (GitHub records them on the issues named)', () => {
  const declared = 'https://github.com/acme/other/issues/12';

  function comment(): string {
    const plan = checkoutPlan();
    plan.metadata.title = REFERENCE_TEXT;
    plan.freezes![0]!.reason = REFERENCE_TEXT;
    plan.phases[1]!.gates!.push({ manual: REFERENCE_TEXT });
    const input = scenario(plan);
    input.lessons = [{ id: 'L-1', title: REFERENCE_TEXT, why: REFERENCE_TEXT, href: declared }];
    const markdown = renderGateReport(buildGateReport(input), 'md', templates);
    return commentBody(markdown, plan.metadata.name, 'production', input.at).body;
  }

  it('are inert in the gate report comment; links the lesson declares stay links', () => {
    expect(issueReferences(REFERENCE_TEXT).length).toBeGreaterThan(4);
    const body = comment();
    expect(body).toContain('acme/other#\u200B5');
    expect(issueReferences(body)).toEqual([]);
    expect(linkTargets(body)).toContain(declared);
  });

  it('are inert in the comment for a PR whose phase cannot be told', () => {
    const markdown = unresolvedMarkdown(REFERENCE_TEXT, [REFERENCE_TEXT], 'checkout');
    expect(issueReferences(markdown)).toEqual([]);
  });
});

describe('the terminal report keeps its lines bounded (queries in their own section)', () => {
  it('no line is longer than TEXT_REPORT_WIDTH, with long plan text and long queries', () => {
    const plan = checkoutPlan();
    plan.metadata.title = `Checkout ${'very long title '.repeat(20)}`;
    plan.metrics.error_rate!.query =
      `sum(rate(http_errors_total{service="checkout",${'label="value",'.repeat(30)}}[5m]))`;
    const txt = renderGateReport(buildGateReport(scenario(plan)), 'text', templates);
    const longest = Math.max(...txt.split('\n').map((line) => [...line].length));
    expect(longest).toBeLessThanOrEqual(TEXT_REPORT_WIDTH);
    // The query is whole, in the Queries section after the table, not in it.
    const queries = txt.slice(txt.indexOf('\nQueries:\n'));
    expect(queries.replace(/\n\s+/g, '')).toContain(plan.metrics.error_rate!.query.replace(/\s+/g, ''));
    const table = txt.slice(txt.indexOf('Gates of'), txt.indexOf('\nQueries:\n'));
    expect(table).not.toContain('sum(rate');
  });
});

describe('history columns', () => {
  it('name the gate and its comparison, so two gates on one metric read apart; relative cells show the reference', () => {
    const plan = checkoutPlan();
    const canary = plan.phases.find((p) => p.id === 'canary')!;
    canary.gates!.splice(1, 0, {
      metric: 'error_rate',
      compare: 'baseline',
      baseline: 'sum(rate(http_errors_total{track="stable"}[5m]))',
      maxRegression: '10%',
    });
    const ids = gateIds(canary);
    const input = scenario(plan);
    const baselineId = ids[1]!;
    expect(baselineId).toBe('metric-error-rate-2');
    input.measurements = {
      ...input.measurements,
      [baselineId]: {
        current: ok(0.004),
        baseline: ok(0.0036),
        history: {
          series: hourly(activatedAt, AT, () => 0.004),
          reference: hourly(activatedAt, AT, () => 0.0036),
        },
      },
    };
    const md = renderGateReport(buildGateReport(input), 'md', templates);
    const header = md.split('\n').find((line) => line.startsWith('| Day |'))!;
    expect(header).toBe(
      '| Day | error\\_rate (≤ 1%, roll back above 5%) | error\\_rate (≤ 10% worse than the control) | success\\_rate (≥ 99%) | Verdict | Why |',
    );
    expect(md).toContain('| 2026-11-21 | 1.2% | 0.4% (control 0.36%) | no data | HOLD |');
  });
});

describe('what to do on a breach: the plan’s own steps', () => {
  /** The canary with a deploy before its ramp, and error_rate past its rollback threshold. */
  function breached(plan: RolloutPlan = checkoutPlan()) {
    const canary = plan.phases.find((p) => p.id === 'canary')!;
    canary.steps.unshift({
      id: 'deploy',
      kind: 'binary',
      do: 'Deploy checkout 8.14 to the canary cell.',
      rollback: {
        do: 'Undo the deploy (@mallory knows how).',
        command: 'kubectl rollout undo deploy/checkout\necho "`done` <!-- x -->"',
      },
    });
    const input = scenario(plan);
    input.measurements = { ...input.measurements, 'metric-error-rate': { current: ok(0.09) } };
    return buildGateReport(input);
  }

  it('ROLL BACK: the steps of the phase, last first, with their commands (golden)', () => {
    const report = breached();
    const md = renderGateReport(report, 'md', templates);
    const txt = renderGateReport(report, 'text', templates);
    golden('gate-report-rollback.md', md);
    golden('gate-report-rollback.txt', txt);
    expect(md.indexOf('**Step 2, ramp:** Set the flag to 0%.')).toBeLessThan(md.indexOf('**Step 1, deploy:**'));
    // Escaped: no mention, no HTML comment; the command fenced as shell, whole.
    expect(md).toContain(`**Step 1, deploy:** Undo the deploy (${INERT_AT}mallory knows how).`);
    expect(md).toContain('```sh\nkubectl rollout undo deploy/checkout\necho "`done` <!-\u200B- x -\u200B->"\n```');
    expect(md.match(/<!--/g)).toHaveLength(1);
    const html = marked.parse(md, { gfm: true, async: false });
    expect(html).toContain('<code class="language-sh">kubectl rollout undo deploy/checkout');
    expect(txt).toContain(
      'Roll back Production canary, its steps last first:\n  Step 2, ramp: Set the flag to 0%.\n  Step 1, deploy: Undo the deploy (@mallory knows how).\n      kubectl rollout undo deploy/checkout\n',
    );
  });

  it('ROLL FORWARD: the roll-forward plan, with its command, and no rollback steps', () => {
    const plan = checkoutPlan();
    const canary = plan.phases.find((p) => p.id === 'canary')!;
    canary.steps[0]!.irreversible = 'installed app builds cannot be recalled';
    canary.steps[0]!.rollForward = { do: 'Ship 8.14.1 through expedited review', command: 'fastlane ship --expedite' };
    const report = breached(plan);
    const md = renderGateReport(report, 'md', templates);
    const txt = renderGateReport(report, 'text', templates);
    expect(md).toContain('### Roll forward Production canary: the plan for what cannot be undone');
    expect(md).toContain('**Step ramp:** Ship 8.14.1 through expedited review\n\n```sh\nfastlane ship --expedite\n```');
    expect(md).not.toContain('Step 1, deploy');
    expect(txt).toContain(
      'Roll forward Production canary:\n  Step ramp: Ship 8.14.1 through expedited review\n      fastlane ship --expedite\n',
    );
  });

  it('neither section on HOLD or PROMOTE', () => {
    const md = renderGateReport(buildGateReport(scenario()), 'md', templates);
    expect(md).not.toMatch(/### Roll (back|forward)/);
  });
});

describe('history since the phase started', () => {
  it('has no rows while the report says the phase has not been activated', () => {
    const input = scenario();
    delete input.facts!.activatedAt;
    const report = buildGateReport(input);
    expect(report.history.rows).toEqual([]);
    const md = renderGateReport(report, 'md', templates);
    expect(md).toContain('the phase has not been activated');
    expect(md).not.toContain('### History since the phase started');
    const txt = renderGateReport(report, 'text', templates);
    expect(txt).toContain('phase not activated');
    expect(txt).not.toContain('History since the phase started');
  });

  it('past HOLD rows say why, in Markdown and text', () => {
    const report = buildGateReport(scenario());
    const md = renderGateReport(report, 'md', templates);
    expect(md).toContain('| 2026-11-21 | 1.2% | no data | HOLD | bake: ends 2026-11-22 16:12 UTC (and 4 more) |');
    const txt = renderGateReport(report, 'text', templates);
    const history = txt.slice(txt.indexOf('History since the phase started:'));
    expect(history).toMatch(/2026-11-21 +1\.2% +no data +HOLD +bake: ends 2026-11-22 16:12 UTC/);
  });
});
