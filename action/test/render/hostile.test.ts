// Hostile plan text in every field: the runbook keeps its structure, pings only owners and
// approvers, and its HTML page has no live script, handler or javascript: link.
import { describe, expect, it } from 'vitest';
import type { RolloutPlan } from '../../src/plan/schema.ts';
import { renderRunbook } from '../../src/render/render.ts';
import type { GuardInput } from '../../src/render/view/guards.ts';
import { issueReferences, linkTargets, REFERENCE_TEXT } from '../helpers/github-references.ts';
import { HOSTILE_STRINGS, hostileGuards, withEveryStringReplaced, withTextReplaced } from './support/hostile.ts';
import { htmlSafetyProblems } from './support/html-safety.ts';
import {
  builtinTemplates,
  FIXTURE_FILE,
  FIXTURE_SETTINGS,
  fixturePlan,
  lintMarkdown,
  structureOf,
  withoutCode,
} from './support/render-support.ts';

const LESSON_HREF = '../lessons/L-2019-06-replicated-corruption.md';
const MIN_PAYLOADS = 30;
const DECLARED_ISSUE_URL = 'https://github.com/acme/other/issues/12';

async function render(plan: RolloutPlan, guards: Record<string, GuardInput[]>, format: 'md' | 'html') {
  return renderRunbook({ file: FIXTURE_FILE, plan, guards }, FIXTURE_SETTINGS, await builtinTemplates(), format).text;
}

/** A plan's runbook rendered at most once per format; the tests that check it only read it. */
function rendersOf(plan: RolloutPlan, guards: Record<string, GuardInput[]>) {
  const made: Partial<Record<'md' | 'html', Promise<string>>> = {};
  return (format: 'md' | 'html') => {
    const text = made[format] ?? render(plan, guards, format);
    made[format] = text;
    return text;
  };
}

/** The Markdown without our generated marker (the one comment we write on purpose). */
function body(markdown: string): string {
  return markdown.replace(/<!-- rollbook:generated [^\n]*-->\n$/, '');
}

const plan = await fixturePlan();
// A ramp inside the last phase, so stage text (what to do, cohort, pause, command) is covered too.
plan.phases.at(-1)!.stages = [
  {
    percent: 10,
    hold: '10m',
    do: 'Shift a tenth',
    cohort: 'early adopters',
    pause: 'Check the graphs',
    command: 'shift 10',
  },
  { percent: 100, do: 'Shift the rest' },
];
const cleanMarkdown = await render(plan, hostileGuards(plan, 'Plain guard text', LESSON_HREF), 'md');
const cleanStructure = structureOf(cleanMarkdown);

it(`uses at least ${MIN_PAYLOADS} payloads`, () => {
  expect(HOSTILE_STRINGS.length).toBeGreaterThanOrEqual(MIN_PAYLOADS);
  expect(new Set(HOSTILE_STRINGS).size).toBe(HOSTILE_STRINGS.length);
});

it('puts the payload in every free-text field (the replacement reaches the fixture)', () => {
  const replaced = JSON.stringify(withTextReplaced(plan, '§'));
  // Every free-text value of the fixture is gone; ids, handles and URLs remain.
  expect(replaced).not.toContain(plan.story.problem);
  expect(replaced).not.toContain(plan.phases[0]!.steps[0]!.do);
  expect(replaced).not.toContain(plan.escalation[0]!.name);
  expect(replaced).toContain(plan.metadata.name);
  expect(replaced.split('§').length - 1).toBeGreaterThan(100);
});

describe.each(HOSTILE_STRINGS.map((payload) => [JSON.stringify(payload), payload] as const))(
  'payload %s in every text field',
  (_name, payload) => {
    const hostilePlan = withTextReplaced(plan, payload);
    const rendered = rendersOf(hostilePlan, hostileGuards(plan, payload, LESSON_HREF));

    it('keeps the Markdown structure of the clean runbook and passes markdownlint', async () => {
      const markdown = await rendered('md');
      if (payload.includes('\\|')) {
        // Code containing `\|` cannot be a code span in a table cell (parsers disagree), so those
        // cells fall back to escaped text: the same structure, minus some code spans.
        const noSpans = (structure: string[]) => structure.filter((line) => line.trim() !== 'codespan');
        expect(noSpans(structureOf(markdown))).toEqual(noSpans(cleanStructure));
        expect(structureOf(markdown).length).toBeLessThan(cleanStructure.length);
      } else {
        expect(structureOf(markdown)).toEqual(cleanStructure);
      }
      expect(lintMarkdown(markdown)).toEqual([]);
    });

    it('leaves no HTML, comment, template tag or stray mention outside code', async () => {
      const prose = withoutCode(body(await rendered('md')));
      expect(prose).not.toContain('{{');
      expect(prose).not.toMatch(/(?<!\\)<!--/);
      // Every `<` is escaped, or opens one of our http(s) autolinks.
      expect(prose).not.toMatch(/(?<!\\)<(?!https?:\/\/)/);
      // Mentions of people the plan does not name as owners or approvers do not ping.
      expect(prose).not.toMatch(/(^|[^\w\\])@(mallory|org\/secret-team|example\.com)/);
      expect(prose).toContain('@dana');
    });

    it('renders an HTML page with no script, handler, comment or unsafe link', async () => {
      expect(htmlSafetyProblems(await rendered('html'))).toEqual([]);
    });

    it('draws the phase flow as SVG with the payload as text', async () => {
      const page = await rendered('html');
      const svg = /<svg class="phase-flow"[\s\S]*?<\/svg>/.exec(page)?.[0] ?? '';
      expect(svg).not.toBe('');
      expect(page).not.toContain('class="mermaid"');
      // Each box's title line carries the payload, escaped: no tag or attribute comes from it.
      const texts = [...svg.matchAll(/<text class="flow-title"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join('');
      const decodeEntities = (t: string) =>
        t
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&#39;/g, "'")
          .replace(/&amp;/g, '&');
      const shown = decodeEntities(texts).replace(/\s+/g, '');
      expect(shown).toContain(`1.${payload}`.replace(/\s+/g, '').slice(0, 20));
      expect(svg.match(/<a /g)).toHaveLength(hostilePlan.phases.length);
    });
  },
);

const HOSTILE_URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  '\u0001javascript:alert(1)',
  'java\nscript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  '//evil.example/x',
  'https://evil.example/x"onmouseover="alert(1)',
  'https://evil.example/)[x](javascript:alert(1))',
  'https://user:pass@evil.example/',
  'https://evil.example/<script>alert(1)</script>',
  'https://evil.example/{{x}}|y',
];

describe.each(HOSTILE_URLS.map((url) => [JSON.stringify(url), url] as const))(
  'URL %s in every link field',
  (_n, url) => {
    const hostilePlan: RolloutPlan = {
      ...plan,
      metadata: { ...plan.metadata, links: (plan.metadata.links ?? []).map((link) => ({ ...link, url })) },
      metrics: Object.fromEntries(
        Object.entries(plan.metrics).map(([name, metric]) => [name, { ...metric, dashboard: url }]),
      ),
    };
    const guards = hostileGuards(plan, 'Plain guard text', url);
    const withoutLinks = (structure: string[]) => structure.filter((line) => line.trim() !== 'link');

    it('keeps the structure apart from the links it drops, and the page safe', async () => {
      const markdown = await render(hostilePlan, guards, 'md');
      expect(withoutLinks(structureOf(markdown))).toEqual(withoutLinks(cleanStructure));
      expect(htmlSafetyProblems(await render(hostilePlan, guards, 'html'))).toEqual([]);
    });
  },
);

describe('payloads in every string, ids, handles, enums, dates and durations included', () => {
  it.each(HOSTILE_STRINGS.map((payload) => [JSON.stringify(payload), payload] as const))(
    '%s: renders without throwing, without raw HTML, to a safe page',
    async (_n, payload) => {
      const hostilePlan = withEveryStringReplaced(plan, payload);
      const guards = hostileGuards(plan, payload, payload);
      const markdown = await render(hostilePlan, guards, 'md');
      expect(structureOf(body(markdown)).filter((line) => line.trim() === 'html')).toEqual([]);
      expect(withoutCode(body(markdown))).not.toContain('{{');
      expect(htmlSafetyProblems(await render(hostilePlan, guards, 'html'))).toEqual([]);
    },
  );
});

describe('issue references in plan text (GitHub links them and records them on the issues named)', () => {
  it('are inert everywhere in the runbook; links the plan declares stay links', async () => {
    expect(issueReferences(REFERENCE_TEXT).length).toBeGreaterThan(4);
    const referencing = withTextReplaced(plan, REFERENCE_TEXT);
    referencing.metadata.links![0]!.url = DECLARED_ISSUE_URL;
    const markdown = await render(referencing, hostileGuards(plan, REFERENCE_TEXT, LESSON_HREF), 'md');
    expect(issueReferences(cleanMarkdown)).toEqual([]);
    expect(issueReferences(markdown)).toEqual([]);
    expect(markdown).toContain('Step #\u200B1 of 3, see acme/other#\u200B5, GH-\u200B7 and gh-\u200B8');
    expect(linkTargets(markdown)).toContain(DECLARED_ISSUE_URL);
  });
});
