// The sections a template set relies on (templates/relied-on.ts, ADR 31): the built-in files show
// every one of them, so only an override can lose one, and the check finds a loss wherever the
// override put it.
import { describe, expect, it } from 'vitest';
import { loadRunbookTemplates, RUNBOOK_TEMPLATES } from '../../src/render/templates.ts';
import { LOST_SECTION_CODE, lostSections } from '../../src/templates/relied-on.ts';
import type { TemplateSources } from '../../src/templates/sources.ts';

type Sources = TemplateSources<keyof typeof RUNBOOK_TEMPLATES.files>;

/** The built-in set, every file marked as an override (so the check looks at all of them). */
async function allOverridden(): Promise<Sources> {
  const sources = await loadRunbookTemplates();
  const mark = <T extends object>(s: T) => ({ ...s, override: true as const });
  return {
    main: Object.fromEntries(Object.entries(sources.main).map(([role, s]) => [role, mark(s)])) as Sources['main'],
    partials: sources.partials.map(mark),
  };
}

const withPartial = (sources: Sources, name: string, text: string): Sources => ({
  ...sources,
  partials: sources.partials.map((p) => (p.name === name ? { ...p, text } : p)),
});

describe('lostSections', () => {
  it('finds nothing lost in the built-in runbook templates, and nothing without an override', async () => {
    expect(RUNBOOK_TEMPLATES.reliedOn?.length).toBeGreaterThan(0);
    expect(lostSections(RUNBOOK_TEMPLATES, await allOverridden())).toEqual([]);
    expect(lostSections(RUNBOOK_TEMPLATES, await loadRunbookTemplates())).toEqual([]);
  });

  it('names the override of the file that showed it, and ignores mentions no template reaches', async () => {
    const sources = withPartial(await allOverridden(), 'story', '## Story\n{{story.problem}}\n');
    const unreached = {
      ...sources,
      partials: [...sources.partials, { name: 'unused', path: 'mine/partials/unused.hbs', text: '{{story.review}}' }],
    };
    for (const set of [sources, unreached]) {
      const [lost, ...more] = lostSections(RUNBOOK_TEMPLATES, set);
      expect(more).toEqual([]);
      expect(lost).toMatchObject({ code: LOST_SECTION_CODE, severity: 'warning', line: 1, column: 1 });
      expect(lost!.file).toMatch(/partials\/story\.hbs$/);
    }
  });

  it('blames no section on an override that does not parse: its syntax error is what render reports', async () => {
    const broken = withPartial(await allOverridden(), 'story', '## Story\n{{#if}}\n');
    expect(lostSections(RUNBOOK_TEMPLATES, broken)).toEqual([]);
  });

  it('counts the path named inside a with block or from @root; a field with a similar name does not count', async () => {
    const base = await allOverridden();
    const nested = withPartial(base, 'story', '{{#with story}}{{#if review}}{{review.summary}}{{/if}}{{/with}}');
    expect(lostSections(RUNBOOK_TEMPLATES, nested)).toEqual([]);
    // From the root of the data, whatever the context: the same path.
    const fromRoot = withPartial(base, 'story', '{{#each story.impact}}{{/each}}{{#if @root.story.review}}ok{{/if}}');
    expect(lostSections(RUNBOOK_TEMPLATES, fromRoot)).toEqual([]);
    const similar = withPartial(base, 'story', '{{#each story.impact}}{{reviewedAs}}{{/each}}');
    expect(lostSections(RUNBOOK_TEMPLATES, similar)).toHaveLength(1);
  });

  it('reads a template of any length: a long one is checked, not a crash (no spread of its statements onto the call stack)', async () => {
    // 140,000 top-level statements: more arguments than one call may take.
    const long = withPartial(await allOverridden(), 'story', '{{!}}'.repeat(140_000));
    expect(lostSections(RUNBOOK_TEMPLATES, long).map((d) => d.code)).toEqual([LOST_SECTION_CODE]);
  });
});
