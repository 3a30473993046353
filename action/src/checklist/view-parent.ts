// The data the parent (tracking) issue template receives: phases with their states and issues,
// rollbacks first, and what was released when. Escaped here; no relative times.
import { own } from '../plan/own.ts';
import type { RolloutPlan } from '../plan/schema.ts';
import type { CellMd, InlineMd, TextMd } from '../text/brands.ts';
import { code, fixed, handleList, inertLogin, link, text, truncatedText } from '../text/github.ts';
import { cellCodeSpan } from '../text/markdown-code.ts';
import { formatTime } from '../text/time.ts';
import type { WatchVerdictName } from '../watch/verdict.ts';
import { awaitingProvider, type Completion, completionOf, type ReviewOutcome } from './completion.ts';
import type { ReleaseEvent } from './phase-state.ts';
import type { RolloutPhase, RolloutState } from './rollout-state.ts';
import { type DegradeLevel, textLimit } from './size.ts';
import { resolveHref } from './view-phase.ts';

export interface ParentIssueView {
  plan: { name: InlineMd; title: TextMd; owners: TextMd; services: TextMd; runbook: TextMd | null };
  /** One line per ticked rollback item. */
  rolledBack: TextMd[];
  /** Where the rollout stands, one line. */
  now: TextMd;
  phases: { number: number; title: CellMd; environment: CellMd; state: CellMd; issue: CellMd }[];
  released: { at: CellMd; phase: CellMd; what: CellMd; by: CellMd }[];
  /** Set once every phase is done: when, who released it, and the KPI review. */
  completion: { at: TextMd; by: TextMd; review: TextMd | null } | null;
}

export interface ParentViewOptions {
  /** Phase id → issue number (shown as `#12`, which GitHub links) or URL. */
  issues?: Readonly<Record<string, number | string>>;
  runbookUrl?: string;
  linkBase?: string;
  level: DegradeLevel;
  /** The KPI review, once posted (kpi-review/). */
  review?: ReviewOutcome;
  /** The watched phases' verdicts (watch/verdict.ts), by phase id. */
  verdicts?: Readonly<Record<string, WatchVerdictName>>;
}

const EMPTY = '—' as CellMd;

function cell(md: TextMd | string): CellMd {
  return md as CellMd;
}

/**
 * A phase's state in a few words; fixed times only. With the watch's verdict: a phase whose items
 * are done is "ready to promote" only when every watched gate passes (a phase nobody watches: when
 * its gates are ticked), and a breach is said whatever the state.
 */
export function stateWords(phase: RolloutPhase, watched?: WatchVerdictName): TextMd {
  // A done or rolled-back phase's last readings are history, not a verdict.
  const active = phase.state === 'in-progress' || phase.state === 'baking' || phase.state === 'ready';
  const verdict = active ? watched : undefined;
  const words = checklistWords(phase, verdict);
  if (verdict === 'ROLL BACK' || verdict === 'ROLL FORWARD')
    return fixed(`${words}; the watch says **${verdict.toLowerCase()}**`);
  return words;
}

function checklistWords(phase: RolloutPhase, verdict: WatchVerdictName | undefined): TextMd {
  switch (phase.state) {
    case 'not-started':
      return phase.waitingFor ? fixed(`waiting for ${code(phase.waitingFor)}`) : fixed('not started');
    case 'in-progress':
      return fixed(phase.outOfOrder ? `in progress (before ${code(phase.waitingFor ?? '')} is done)` : 'in progress');
    case 'baking':
      return fixed(phase.bake?.endsAt ? `baking until ${formatTime(phase.bake.endsAt)}` : 'baking');
    case 'ready':
      return fixed(verdict === undefined || verdict === 'PROMOTE' ? 'ready to promote' : 'items done, gates hold');
    case 'done':
      return fixed(phase.completed?.at ? `done ${formatTime(phase.completed.at)}` : 'done');
    case 'rolled-back':
      return fixed('**rolled back**');
  }
}

function issueCell(ref: number | string | undefined): CellMd {
  if (ref === undefined) return EMPTY;
  if (typeof ref === 'number') return cell(`#${ref}`);
  return cell(link('issue', ref));
}

function whatWords(event: ReleaseEvent): TextMd {
  const step = event.stepId ? ` (step ${code(event.stepId)})` : '';
  if (event.what === 'activated') return fixed(`activated${step}`);
  if (event.what === 'staged' && event.stage)
    return fixed(`ramped to ${event.stage.percent}% (stage ${code(event.stage.key)})`);
  if (event.what === 'rolled-back') return fixed(`**rolled back**${event.stepId ? step : ' (whole phase)'}`);
  return fixed(event.itemId ? 'completed' : 'completed (issue closed)');
}

function reviewWords(completion: Completion): TextMd | null {
  const { review, reviewDue } = completion;
  if (review) {
    const counts = `${review.met} met, ${review.missed} missed, ${review.noData} without data`;
    const unasked = review.unasked ?? 0;
    const awaiting = awaitingProvider(review) - unasked;
    // A KPI whose question or place changed since the review is never measured into it (ADR 29):
    // say so rather than promise a run that will not come.
    const changed =
      unasked > 0
        ? `${unasked === 1 ? 'a KPI' : `${unasked} KPIs`} without data changed in the plan since the review (${unasked === 1 ? 'its' : 'their'} \`expect\` or \`baseline\`, or ${unasked === 1 ? 'its place' : 'their places'} among the reviewed KPIs), so no run measures ${unasked === 1 ? 'it' : 'them'} into it`
        : '';
    const outcome =
      review.missed > 0
        ? 'a KPI missed its expectation, so this issue stays open'
        : awaiting > 0
          ? `${awaiting === 1 ? 'a KPI awaits' : `${awaiting} KPIs await`} a scheduled run with its metric provider configured, which measures it into the review, so this issue stays open until then${changed ? `; ${changed}` : ''}`
          : changed
            ? `${changed}: this issue stays open for you to close once you have reviewed ${unasked === 1 ? 'it' : 'them'}`
            : 'closed as completed';
    return fixed(`**KPI review** posted ${formatTime(review.at)}: ${counts}; ${outcome}.`);
  }
  if (completion.state === 'closable') return null;
  return fixed(
    reviewDue
      ? `**KPI review** due ${formatTime(reviewDue)}: the scheduled run measures each KPI then and posts the review here; this issue stays open until it does.`
      : '**KPI review** pending: no phase recorded when it was done, so the review date is unknown.',
  );
}

function completionView(completion: Completion | undefined): ParentIssueView['completion'] {
  if (!completion) return null;
  const by =
    completion.releasedBy.length === 0
      ? 'nobody recorded'
      : completion.releasedBy.map((login) => inertLogin(login)).join(', ');
  return {
    at: completion.at ? fixed(formatTime(completion.at)) : fixed('an unrecorded time'),
    by: fixed(`Released by ${by}, as the verified audit trail below records.`),
    review: reviewWords(completion),
  };
}

/** The completion the view shows, for the marker build-parent.ts writes beside it. */
export function parentCompletion(
  plan: RolloutPlan,
  rollout: RolloutState,
  options: Pick<ParentViewOptions, 'review'>,
): Completion | undefined {
  return completionOf(plan, rollout, options.review);
}

export function parentIssueView(plan: RolloutPlan, rollout: RolloutState, options: ParentViewOptions): ParentIssueView {
  const max = textLimit(options.level);
  const titleOf = (id: string) => plan.phases.find((p) => p.id === id)?.title ?? id;
  const runbookHref = resolveHref(options.runbookUrl, options.linkBase);
  const current = rollout.phases.find((p) => p.phaseId === rollout.current);
  const now = current
    ? fixed(
        `phase ${current.number} of ${rollout.phases.length}, ${truncatedText(current.title, max)} (${code(current.phaseId)}): ${stateWords(current, own(options.verdicts, current.phaseId))}`,
      )
    : fixed('every phase is done');
  return {
    plan: {
      name: code(plan.metadata.name),
      title: text(plan.metadata.title),
      owners: handleList(plan.metadata.owners),
      services: fixed(plan.metadata.services.map((s) => code(s)).join(', ')),
      runbook: runbookHref ? link('the runbook', runbookHref) : null,
    },
    rolledBack: rollout.rolledBack.map((r) => {
      const what = r.stepId ? `step ${code(r.stepId)}` : 'the whole phase';
      const by = r.by ? ` by ${inertLogin(r.by)}` : '';
      const when = r.at ? ` on ${formatTime(r.at)}` : '';
      return fixed(`${truncatedText(titleOf(r.phaseId), max)} (${code(r.phaseId)}): ${what} rolled back${by}${when}`);
    }),
    now,
    phases: rollout.phases.map((p) => ({
      number: p.number,
      title: cell(truncatedText(p.title, max)),
      environment: cell(text(plan.phases.find((x) => x.id === p.phaseId)?.environment ?? '')),
      state: cell(stateWords(p, own(options.verdicts, p.phaseId))),
      issue: issueCell(own(options.issues, p.phaseId)),
    })),
    released: rollout.released.map((e) => ({
      at: e.at ? cell(formatTime(e.at)) : cell('unknown'),
      phase: cellCodeSpan(e.phaseId),
      what: cell(whatWords(e)),
      by: e.by ? cell(inertLogin(e.by)) : EMPTY,
    })),
    completion: completionView(parentCompletion(plan, rollout, options)),
  };
}
