// Benchmark helper for scripts/bench.ts: renders many parsed plans with the templates compiled
// once, timing only the rendering (view model, templates, Markdown tidy; plus marked and the
// sanitizer for HTML). The end-to-end figure (read + validate + render + write) is
// `rollbook render <corpus> --out <tmp>` run in-process, as child-validate.ts runs validate.
import type { RolloutPlan } from '../plan/schema.ts';
import { type RunbookFormat, renderIndex, renderRunbook } from './render.ts';
import { type CompiledTemplates, compileTemplates, loadRunbookTemplates } from './templates.ts';
import type { IndexEntry } from './view/index-view.ts';

export interface RenderBenchResult {
  plans: number;
  /** Wall time of rendering every plan and the index, after template compilation. */
  ms: number;
  perPlanMs: number;
  /** Total output size, so the work cannot be optimised away. */
  bytes: number;
}

export interface RenderBenchOptions {
  start: string;
  format?: RunbookFormat;
  noFridays?: boolean;
  /** Compiled templates; the built-in set when omitted (loaded before the clock starts). */
  templates?: CompiledTemplates;
}

export async function benchmarkRender(
  plans: readonly { file: string; plan: RolloutPlan }[],
  options: RenderBenchOptions,
): Promise<RenderBenchResult> {
  const templates = options.templates ?? compileTemplates(await loadRunbookTemplates());
  const format = options.format ?? 'md';
  const settings = { start: options.start, noFridays: options.noFridays ?? true };
  const started = performance.now();
  let bytes = 0;
  const entries: IndexEntry[] = [];
  for (const input of plans) {
    const rendered = renderRunbook(input, settings, templates, format);
    bytes += rendered.text.length;
    entries.push(rendered.entry);
  }
  bytes += renderIndex(entries, options.start, templates, format).length;
  const ms = performance.now() - started;
  return { plans: plans.length, ms, perPlanMs: plans.length === 0 ? 0 : ms / plans.length, bytes };
}
