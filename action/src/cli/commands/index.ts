// The command list. Each command's module is imported only when that command runs, so a
// `rollbook validate` in a pre-commit hook never loads Handlebars, marked, sanitize-html or
// Octokit (the bundle splits each import() below into its own chunk). The one-line summaries
// live here, because `rollbook --help` lists every command without loading any of them.
import type { Command } from '../command.ts';

export interface CommandEntry {
  name: string;
  /** One line for the command list. */
  summary: string;
  load(): Promise<Command>;
}

export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'validate',
    summary: 'check rollout plans against the schema and the policy rules',
    load: async () => (await import('./validate.ts')).validateCommand,
  },
  {
    name: 'render',
    summary: 'render each plan into a phase-by-phase runbook (Markdown or HTML)',
    load: async () => (await import('./render.ts')).renderCommand,
  },
  {
    name: 'init',
    summary: 'scaffold a new rollout plan that passes every rule',
    load: async () => (await import('./init.ts')).initCommand,
  },
  {
    name: 'explain',
    summary: 'print why a policy rule exists and how to satisfy it',
    load: async () => (await import('./explain.ts')).explainCommand,
  },
  {
    name: 'gate',
    summary: 'compute the gate report for promoting a plan into a phase',
    load: async () => (await import('./gate.ts')).gateCommand,
  },
  {
    name: 'lesson',
    summary: 'scaffold a new lesson (an incident that adds guards to matching plans)',
    load: async () => (await import('./lesson.ts')).lessonCommand,
  },
  {
    name: 'lessons',
    summary: 'list lessons with counts, and which plans and phases each one guards',
    load: async () => (await import('./lessons.ts')).lessonsCommand,
  },
  {
    name: 'status',
    summary: "show each plan's current phase and state from its checklist issues",
    load: async () => (await import('./status.ts')).statusCommand,
  },
];
