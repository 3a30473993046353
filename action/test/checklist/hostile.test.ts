// Plan text is untrusted. Whatever a plan's free text holds, an issue body must keep exactly the
// items, markers and mentions Rollbook meant: no forged item, marker or state block, no tick, no
// ping, no HTML, no template tag, no broken table. Checked on the Markdown source and on the HTML
// a GFM renderer (marked) makes of it.
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { buildParentIssue } from '../../src/checklist/build-parent.ts';
import { buildPhaseIssue } from '../../src/checklist/build-phase.ts';
import { type GuardInput, phaseEntries } from '../../src/checklist/items.ts';
import { mergeTicks } from '../../src/checklist/merge.ts';
import { parseIssueBody } from '../../src/checklist/parse.ts';
import { derivePhaseState } from '../../src/checklist/phase-state.ts';
import { deriveRolloutState } from '../../src/checklist/rollout-state.ts';
import type { RolloutPlan } from '../../src/plan/schema.ts';
import { issueReferences, linkTargets, REFERENCE_TEXT } from '../helpers/github-references.ts';
import { builtinTemplates, clone, count, fixturePlan, hours, tick } from './helpers.ts';

const templates = await builtinTemplates();

const PAYLOADS = [
  '-->',
  '<!-- rollbook:item priority-rides/canary/step:forged -->',
  '- [x] forged item',
  '@everyone please look',
  '<script>alert(1)</script>',
  '{{x}} {{{plan.title}}} {{> item}}',
  'a | b | c',
  'line one\n- [x] line two <!-- rollbook:item priority-rides/canary/complete -->',
  '<!-- rollbook:state {"v":1,"kind":"phase","plan":"priority-rides","phase":"canary","ticks":{},"log":[],"lines":""} -->',
  '<!-- rollbook:end -->',
  '<!-- rollbook:begin kind=phase plan=x phase=y v=1 -->',
  'ping @acme/dispatch-leads and @mrivera in prose',
  '```\n- [x] inside a fence <!-- rollbook:item priority-rides/canary/step:deploy -->\n```',
  '# Heading\n## Another',
  '[click](javascript:alert(1))',
  '<img src=x onerror=alert(1)>',
  'first\r\n### injected heading\r\n- [X] injected',
  '**bold** _em_ ~~strike~~ `code`',
  '&lt;!-- entity --&gt; &#60;!-- numeric --&#62;',
  '\u202Eevil bidi\u202C and \u0000 nul and \u001b[31m ansi',
  '> quote\n> - [ ] nested task',
  '1. ordered\n2) also',
  'https://evil.example.com/<!--x-->?q=|',
  '--><!-- rollbook:item a/b/c:d -->',
  '$x^2$ and $$y$$',
  '<details><summary>x</summary>hidden</details>',
  'ends with a backslash \\',
  '| --- | --- |\n| forged | row |',
  'dependabot[bot] and @dependabot[bot]',
  '<!-->--!><!--- rollbook:item x -->',
];

/** Every free-text field of the plan set to the payload (ids, handles and URLs keep their patterns). */
function hostilePlan(payload: string): RolloutPlan {
  const plan = clone(fixturePlan());
  plan.metadata.title = payload;
  for (const phase of plan.phases) {
    phase.title = payload;
    phase.targets = [payload, payload];
    for (const step of phase.steps) {
      step.do = payload;
      step.command = payload;
      step.rollback = step.kind === 'test' ? payload : { do: payload, command: payload };
    }
    for (const gate of phase.gates ?? []) {
      if (gate.manual !== undefined) gate.manual = payload;
      if (gate.check !== undefined) gate.check = payload;
    }
    phase.checklist = [payload, { id: 'named', text: payload }];
    phase.exit = [payload];
    phase.stages = [
      { percent: 5, hold: '10m', do: payload, command: payload, cohort: payload, pause: payload },
      { percent: 50, do: payload, cohort: payload },
    ];
  }
  return plan;
}

const guard = (payload: string): GuardInput => ({
  itemId: 'l-2024-05-queue--alarm',
  why: { lessonId: payload, title: payload, href: 'javascript:alert(1)' },
  action: { kind: 'checklist', text: payload },
});

/**
 * The Markdown outside code: fenced blocks and code spans show their text literally on GitHub
 * (no task items, mentions or HTML there), so commands keep their exact text inside them. That
 * nothing escapes a fence or span is checked on the rendered HTML below.
 */
function outsideCode(md: string): string {
  const out: string[] = [];
  let fence: string | undefined;
  for (const line of md.split('\n')) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence === undefined && marker) fence = marker;
    else if (
      fence !== undefined &&
      marker &&
      marker[0] === fence[0] &&
      marker.length >= fence.length &&
      line.trim() === marker
    )
      fence = undefined;
    else if (fence === undefined) out.push(line.replace(/(`+)[^`]*?(?:`(?!\1)[^`]*?)*\1/g, '`code`'));
  }
  return out.join('\n');
}

const MENTION = /(?<![\w\u200B`])@[A-Za-z0-9][A-Za-z0-9-]*(?:\/[A-Za-z0-9._-]+)?/g;
const mentions = (md: string) => (md.match(MENTION) ?? []).sort();
const TASK = /^\s*(?:[-*+]|[0-9]{1,9}[.)])\s+\[[ xX]\]/;

function bodies(plan: RolloutPlan, payload: string) {
  const status = deriveRolloutState(plan, [
    derivePhaseState(plan, 'staging', new Map([['priority-rides/staging/complete', true]]), undefined, hours(0)),
  ]);
  const phase = buildPhaseIssue({
    plan,
    phaseId: 'canary',
    templates,
    guards: [guard(payload)],
    status: status.phases[1]!,
  }).body;
  const parent = buildParentIssue({ plan, templates, rollout: status, issues: { staging: 1, canary: 2 } }).body;
  return { phase, parent };
}

// The same plan with harmless text: the structure every payload's bodies must keep.
const clean = bodies(hostilePlan('plain text'), 'plain text');

describe.each(PAYLOADS.map((p, i) => [i + 1, JSON.stringify(p).slice(0, 60), p] as const))(
  'payload %i: %s',
  (_n, _label, payload) => {
    const plan = hostilePlan(payload);
    const { phase, parent } = bodies(plan, payload);
    const expected = phaseEntries(plan, 'canary', [guard(payload)]).map((e) => e.id);

    it('forges no item, tick, marker or state', () => {
      const parsed = parseIssueBody(phase);
      expect(parsed.items.map((i) => i.id)).toEqual(expected);
      expect([...parsed.ticks.values()].some(Boolean)).toBe(false);
      expect(parsed.problems).toEqual([]);
      expect(parsed.state?.ticks).toEqual({});
      expect(parsed.lines.filter((l) => l.role === 'note')).toEqual([]);
      // Exactly our comments: begin, one per item, state, end.
      expect(count(phase, /<!--/)).toBe(expected.length + 3);
      expect(count(phase, /-->/)).toBe(expected.length + 3);
      expect(count(parent, /<!--/)).toBe(3);
      expect(count(parent, /-->/)).toBe(3);
      // Every task line is one of ours.
      for (const line of outsideCode(phase)
        .split('\n')
        .filter((l) => TASK.test(l))) {
        expect(line).toMatch(/^- \[ \] .* <!-- rollbook:item [a-z0-9.:/-]+ -->$/);
      }
      expect(
        outsideCode(parent)
          .split('\n')
          .some((l) => TASK.test(l)),
      ).toBe(false);
    });

    it('pings nobody but the owners and approvers the plan names', () => {
      expect(mentions(outsideCode(phase))).toEqual(mentions(clean.phase));
      expect(mentions(outsideCode(parent))).toEqual(mentions(clean.parent));
    });

    it('renders to HTML with no markup, template tag or extra structure', () => {
      for (const [body, ref] of [
        [phase, clean.phase],
        [parent, clean.parent],
      ] as const) {
        const html = marked.parse(body, { gfm: true, async: false });
        const cleanHtml = marked.parse(ref, { gfm: true, async: false });
        for (const tag of ['script', 'img', 'details', 'h1', 'h2', 'blockquote', 'ol', 'del', 'em']) {
          expect(count(html, `<${tag}`), tag).toBe(count(cleanHtml, `<${tag}`));
        }
        expect(count(html, 'type="checkbox"')).toBe(count(cleanHtml, 'type="checkbox"'));
        expect(count(html, '<h3')).toBe(count(cleanHtml, '<h3'));
        expect(count(html, '<tr')).toBe(count(cleanHtml, '<tr'));
        expect(count(html, '<td')).toBe(count(cleanHtml, '<td'));
        expect(count(html, '<!--')).toBe(count(cleanHtml, '<!--'));
        expect(html).not.toMatch(/href="javascript/i);
        expect(outsideCode(body)).not.toContain('{{');
        expect(body).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u0000\u001b]/);
      }
    });

    it('survives a merge and a tick unchanged in structure', () => {
      expect(mergeTicks(phase, phase)).toBe(phase);
      const ticked = tick(phase, 'priority-rides/canary/step:deploy');
      const merged = mergeTicks(phase, ticked);
      expect([...parseIssueBody(merged).ticks].filter(([, on]) => on).map(([id]) => id)).toEqual([
        'priority-rides/canary/step:deploy',
      ]);
    });
  },
);

it('has at least 20 payloads', () => {
  expect(PAYLOADS.length).toBeGreaterThanOrEqual(20);
});

describe('issue references in plan and lesson text (GitHub records them on the issues named)', () => {
  const declared = 'https://github.com/acme/other/issues/12';
  const plan = hostilePlan(REFERENCE_TEXT);
  const { phase, parent } = bodies(plan, REFERENCE_TEXT);

  it('are inert in the phase and parent issue bodies; the links Rollbook makes to its own issues remain', () => {
    expect(issueReferences(REFERENCE_TEXT).length).toBeGreaterThan(4);
    expect(issueReferences(phase)).toEqual(issueReferences(clean.phase));
    expect(issueReferences(parent)).toEqual(issueReferences(clean.parent));
    expect(issueReferences(clean.parent)).toEqual(['#1', '#2']);
    expect(phase).toContain('acme/other#\u200B5');
  });

  it('keep the links a lesson declares', () => {
    const linked: GuardInput = {
      ...guard(REFERENCE_TEXT),
      why: { lessonId: 'L-1', title: REFERENCE_TEXT, href: declared },
    };
    const body = buildPhaseIssue({ plan, phaseId: 'canary', templates, guards: [linked] }).body;
    expect(linkTargets(body)).toContain(declared);
    expect(issueReferences(body)).toEqual([]);
  });
});
