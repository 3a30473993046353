// Hostile strings and the plan fields to put them in, for the escaping tests.
import type { RolloutPlan } from '../../../src/plan/schema.ts';
import type { GuardInput } from '../../../src/render/view/guards.ts';

/** Text that would make structure, markup, links, mentions or template tags if it reached a runbook raw. */
export const HOSTILE_STRINGS: readonly string[] = [
  '# Heading',
  '## Injected **bold** _em_ ~~strike~~ ~single~',
  '> quoted',
  '- list item',
  '* star item',
  '+ plus item',
  '1. ordered',
  '2) ordered',
  '---',
  '***',
  '===',
  'title ##',
  '| a | b |\n| --- | --- |\n| c | d |',
  'cell | pipe \\| escaped pipe \\\\| double',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<a href="javascript:alert(1)">click</a>',
  '<style>body{display:none}</style>',
  '</pre><script>alert(1)</script>',
  '<details><summary>x</summary>hidden</details>',
  '[click](javascript:alert(1))',
  '[ref]: javascript:alert(1)',
  '![img](https://evil.example/x.png)',
  'javascript:alert(document.cookie)',
  'data:text/html,<script>alert(1)</script>',
  '<!-- hidden',
  '<!-- comment --> after',
  '{{constructor.constructor("alert(1)")()}}',
  '{{{raw}}} {{> partial}} {{#each x}}{{/each}}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, on purpose
  '${{ secrets.TOKEN }}',
  '@mallory please look',
  'cc @org/secret-team and mail@example.com',
  '```\nfenced\n```',
  '`code` and `` double `` and ` unbalanced',
  'line one\nline two\n\n# heading after a blank line',
  'trailing backslash \\',
  '&lt;script&gt; &#60;b&#62; &amp;',
  'https://evil.example/a_(b)*c* www.evil.example ftp://evil.example',
  '<https://evil.example>',
  '$x^2$ and $$math$$',
  '\u202Eevil bidi\u202C and \u0000 nul \u0007 bell',
  '    indented code',
  '- [ ] fake task',
  '%%{init: {"theme":"dark"}}%%',
  '"] --> evil["x',
  'a\r\nb\u2028c',
];

/** Free-text fields: every string under one of these keys is prose or code from the plan author. */
const TEXT_KEYS = new Set([
  'title',
  'problem',
  'size',
  'solution',
  'kpi',
  'baseline',
  'expect',
  'description',
  'system',
  'mixedVersions',
  'throttle',
  'what',
  'mixedState',
  'verify',
  'query',
  'field',
  'unit',
  'reason',
  'do',
  'command',
  'cohort',
  'pause',
  'check',
  'manual',
  'rehearsal',
  'text',
  'role',
  'reach',
  'rollForwardWhen',
  'keepOldData',
]);
const TEXT_LIST_KEYS = new Set(['deliverables', 'targets', 'exit', 'paths', 'checklist']);

/** A copy of `value` with every free-text string replaced by `payload`. */
export function withTextReplaced<T>(value: T, payload: string, key = ''): T {
  if (typeof value === 'string') return (TEXT_KEYS.has(key) ? payload : value) as T;
  if (Array.isArray(value)) {
    if (TEXT_LIST_KEYS.has(key))
      return value.map((item) => (typeof item === 'string' ? payload : withTextReplaced(item, payload))) as T;
    return value.map((item) => withTextReplaced(item, payload)) as T;
  }
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      // A step's rollback may be plain text; a contact's name is text (plan and freeze names are ids).
      const isText = (k === 'rollback' && typeof v === 'string') || (k === 'name' && 'role' in value);
      out[k] = isText ? payload : withTextReplaced(v, payload, k);
    }
    return out as T;
  }
  return value;
}

/** A copy of `value` with every string at all replaced: ids, handles, enums, dates, URLs too. */
export function withEveryStringReplaced<T>(value: T, payload: string): T {
  if (typeof value === 'string') return payload as T;
  if (Array.isArray(value)) return value.map((item) => withEveryStringReplaced(item, payload)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withEveryStringReplaced(v, payload)])) as T;
  }
  return value;
}

/** Guards for every phase of the plan, with `payload` in their text and reasons. */
export function hostileGuards(plan: RolloutPlan, payload: string, href: string): Record<string, GuardInput[]> {
  const why = { lessonId: payload, title: payload, href };
  return Object.fromEntries(
    plan.phases.map((phase) => [
      phase.id,
      [
        { kind: 'checklist', text: payload, why },
        { kind: 'gate', gate: { manual: payload }, why },
      ] satisfies GuardInput[],
    ]),
  );
}
