// Shared helpers for the render tests: the fixture plan, the built-in templates compiled once,
// markdownlint with the repository's config, and the block/inline shape of a Markdown document.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { lint } from 'markdownlint/sync';
import { Lexer, type Token } from 'marked';
import type { CliIO } from '../../../src/cli/command.ts';
import { readPlanFile } from '../../../src/plan/load.ts';
import type { RolloutPlan } from '../../../src/plan/schema.ts';
import { type CompiledTemplates, compileTemplates, loadRunbookTemplates } from '../../../src/render/templates.ts';
import type { GuardInput } from '../../../src/render/view/guards.ts';

export const REPO = resolve(import.meta.dirname, '../../../..');
export const FIXTURE_FILE = 'action/test/render/fixtures/checkout-tokens.rollout.yaml';
/** A Thursday before a Black Friday: the projection meets the Friday rule, weekends and a dated freeze. */
export const FIXTURE_START = '2025-11-27';
export const FIXTURE_SETTINGS = { start: FIXTURE_START, noFridays: true };

/** Guards as lessons would add them, so the golden shows where they go. */
export const FIXTURE_GUARDS: Record<string, GuardInput[]> = {
  migrate: [
    {
      kind: 'checklist',
      text: 'A restore from the snapshot has been timed on a scratch instance',
      why: {
        lessonId: 'L-2019-06-replicated-corruption',
        title: 'Replication copied corrupt blocks',
        href: '../lessons/L-2019-06-replicated-corruption.md',
      },
    },
    {
      kind: 'gate',
      gate: { id: 'l-2019-08-unrehearsed-rollback--dry-run', manual: 'A dry run of the rollback succeeded today' },
      why: {
        lessonId: 'L-2019-08-unrehearsed-rollback',
        title: 'A rollback failed because nobody had run it',
        href: '../lessons/L-2019-08-unrehearsed-rollback.md',
      },
    },
  ],
};

export async function fixturePlan(): Promise<RolloutPlan> {
  const parsed = await readPlanFile(FIXTURE_FILE, REPO);
  if (!parsed.plan) throw new Error(`fixture is not a valid plan: ${JSON.stringify(parsed.diagnostics)}`);
  return parsed.plan;
}

let builtin: Promise<CompiledTemplates> | undefined;
export function builtinTemplates(): Promise<CompiledTemplates> {
  builtin ??= loadRunbookTemplates({ cwd: REPO }).then(compileTemplates);
  return builtin;
}

const LINT_CONFIG = JSON.parse(
  readFileSync(resolve(REPO, '.markdownlint.jsonc'), 'utf8').replace(/^\s*\/\/.*$/gm, ''),
) as Record<string, unknown>;

/** markdownlint findings as `line rule detail` strings; empty when the document passes. */
export function lintMarkdown(markdown: string): string[] {
  const results = lint({ strings: { doc: markdown }, config: LINT_CONFIG });
  return (results.doc ?? []).map((r) => `${r.lineNumber} ${r.ruleNames.join('/')} ${r.errorDetail ?? ''}`);
}

/** Our own autolinks (`<https://…>`) come from URLs in text; they are not structure. */
function isAutolink(token: Token): boolean {
  return token.type === 'link' && token.raw.startsWith('<http');
}

/**
 * The structure of a Markdown document, as marked reads it: block kinds with their shapes
 * (heading depth, list length, table size, code language) and the inline markup inside them.
 * Plain text and escapes are left out, so two renders with different text compare equal exactly
 * when the text made no structure.
 */
export function structureOf(markdown: string): string[] {
  const out: string[] = [];
  const walk = (tokens: readonly Token[], depth: number) => {
    for (const token of tokens) {
      if (token.type === 'space' || token.type === 'text' || token.type === 'escape' || isAutolink(token)) {
        if ('tokens' in token && token.tokens) walk(token.tokens, depth);
        continue;
      }
      let label: string = token.type;
      if (token.type === 'heading') label = `h${token.depth}`;
      if (token.type === 'list') label = `list ordered=${token.ordered} items=${token.items.length}`;
      if (token.type === 'list_item') label = `item task=${token.task}`;
      if (token.type === 'table') label = `table ${token.header.length}x${token.rows.length}`;
      if (token.type === 'code') label = `code ${token.lang ?? ''}`;
      out.push(`${'  '.repeat(depth)}${label}`);
      if (token.type === 'list') walk(token.items, depth + 1);
      if (token.type === 'table') {
        for (const cell of [...token.header, ...token.rows.flat()]) walk(cell.tokens, depth + 1);
      }
      if ('tokens' in token && token.tokens && token.type !== 'table') walk(token.tokens, depth + 1);
    }
  };
  walk(new Lexer({ gfm: true }).lex(markdown), 0);
  return out;
}

/** All code spans and fences of a document, to leave out of "no markup" checks (code is inert). */
export function withoutCode(markdown: string): string {
  let rest = markdown;
  const visit = (tokens: readonly Token[]) => {
    for (const token of tokens) {
      if (token.type === 'code' || token.type === 'codespan') {
        // In a table cell marked has already turned `\|` back into `|`.
        const raw = rest.includes(token.raw) ? token.raw : token.raw.replace(/\|/g, '\\|');
        rest = rest.replace(raw, ' ');
      }
      if (token.type === 'list') visit(token.items);
      if (token.type === 'table') for (const cell of [...token.header, ...token.rows.flat()]) visit(cell.tokens);
      if ('tokens' in token && token.tokens) visit(token.tokens);
    }
  };
  visit(new Lexer({ gfm: true }).lex(markdown));
  return rest;
}

/** An in-memory CliIO with a fixed clock. */
export function captureIO(cwd: string, now = '2026-11-02T09:00:00Z') {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    cwd,
    color: false,
    now: () => new Date(now),
    env: {},
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}
