// The comment Rollbook posts on a phase issue when the watch finds the phase in breach (ROLL BACK,
// or ROLL FORWARD for a phase that cannot be undone): it pings the plan's owners (no one else),
// says why with the measured values as the readings table shows them, and lists the plan's
// remedy in the gate report's words (gates/report/view.ts remedyView). Every plan text is
// escaped (text/github.ts). Pure: the same breach always renders the same comment.
//
// The body starts with the breach marker (the key) and ends with the dispatch section, which
// starts at the dispatch marker: a run replaces only that section as the dispatch goes on.
// docs/adr/0042-acting-on-a-breach.md.
import { remedyFor } from '../gates/report/build.ts';
import { remedyView } from '../gates/report/view.ts';
import type { RolloutPlan } from '../plan/schema.ts';
import type { BlockMd, TextMd } from '../text/brands.ts';
import { code, codeBlock, handleList, link, text } from '../text/github.ts';
import {
  type BreachKey,
  breachMarker,
  type DispatchState,
  dispatchMarker,
  readDispatchMarker,
} from '../text/markers.ts';
import { formatTime } from '../text/time.ts';
import type { WatchRecord } from './readings.ts';
import { renderReadings } from './render.ts';
import type { WatchVerdict } from './verdict.ts';

/** The workflow a plan's `onBreach` names, and the ref it runs on (resolved: the default branch when the plan gives none). */
export interface DispatchTarget {
  workflow: string;
  ref: string;
}

export interface BreachCommentInput {
  plan: RolloutPlan;
  phaseId: string;
  record: WatchRecord;
  verdict: WatchVerdict;
  key: BreachKey;
  /** The plan's `onBreach` workflow; absent when it names none. */
  workflow?: string;
}

const ICON = { 'ROLL BACK': '🛑', 'ROLL FORWARD': '⏩' } as const;

/** The comment's body, its dispatch section `pending` (or `none` without a workflow). */
export function breachComment(input: BreachCommentInput): string {
  const { plan, phaseId, record, verdict, key } = input;
  const phase = plan.phases.find((p) => p.id === phaseId);
  if (!phase || (verdict.verdict !== 'ROLL BACK' && verdict.verdict !== 'ROLL FORWARD'))
    throw new Error(`breachComment: ${phaseId} is not a breached phase of ${plan.metadata.name}`);
  const word = verdict.verdict;
  const owners = handleList(plan.metadata.owners);
  const lines: string[] = [
    breachMarker(key),
    `### ${ICON[word]} ${word}: ${text(phase.title)} (${code(phase.id)})`,
    '',
    `${owners}: Rollbook's watch read ${verdict.breached.length === 1 ? 'a gate' : `${verdict.breached.length} gates`} of ${text(plan.metadata.title)} past ${verdict.breached.length === 1 ? 'its' : 'their'} rollback threshold in this phase (evaluated ${formatTime(record.evaluatedAt)}).`,
    '',
    ...verdict.reasons.map((reason) => `- ${text(reason)}`),
    '',
    ...renderReadings(record, { withoutHistory: true }),
  ];
  const remedy = remedyFor(phase, word);
  if (remedy) {
    const view = remedyView<TextMd, BlockMd>(remedy, phase.title, text, (value, language) =>
      codeBlock(value, language),
    );
    lines.push(
      '',
      view.rollBack
        ? `### Roll back ${view.phase}: its steps, last first`
        : `### Roll forward ${view.phase}: the plan for what cannot be undone`,
    );
    for (const step of view.steps) {
      lines.push('', `**${step.title}:** ${step.do}`);
      if (step.command) lines.push('', step.command.trimEnd());
    }
  }
  lines.push(
    '',
    `Rollbook changes nothing by itself: undoing the steps, ticking this issue's rollback items and promoting stay people's decisions. This comment is posted once per breach; a new breach after the gates recover gets its own.`,
  );
  return withDispatch(`${lines.join('\n')}\n`, input.workflow ? 'pending' : 'none', input.workflow);
}

/** What happened to the dispatch, for its section: the run's page, or why it was not sent. */
export interface DispatchDetail {
  ref?: string;
  /** The run's page, when GitHub returned it. */
  runUrl?: string;
  /** Why GitHub refused it (sentence, no fetched text). */
  problem?: string;
}

function dispatchSection(state: DispatchState, workflow: string | undefined, detail: DispatchDetail): string[] {
  if (state === 'none' || workflow === undefined) return [];
  const name = code(workflow);
  const on = detail.ref ? ` on ${code(detail.ref)}` : '';
  switch (state) {
    case 'pending':
      return [`**Automation:** the plan asks to dispatch ${name} with this plan, phase and reason; not sent yet.`];
    case 'sending':
      return [`**Automation:** dispatching ${name}${on} with this plan, phase and reason.`];
    case 'sent':
      return [
        `**Automation:** dispatched ${name}${on} with this plan, phase and reason${detail.runUrl ? ` (${link('the run', detail.runUrl)})` : ''}.`,
      ];
    case 'failed':
      return [
        `**Automation:** could not dispatch ${name}${on}: ${text(detail.problem ?? 'GitHub refused it')}. It is not retried for this breach.`,
      ];
    case 'unknown':
      return [
        `**Automation:** a run stopped while dispatching ${name}${on}, so whether it was sent is unknown: see the repository's Actions tab. It is not sent again for this breach.`,
      ];
  }
}

/** `body` with its dispatch section replaced by one for `state` (the text above it is kept as posted). */
export function withDispatch(
  body: string,
  state: DispatchState,
  workflow: string | undefined,
  detail: DispatchDetail = {},
): string {
  const found = readDispatchMarker(body);
  const head = found ? body.slice(0, found.index) : body;
  return `${[head.trimEnd(), '', dispatchMarker(state), ...dispatchSection(state, workflow, detail)].join('\n')}\n`;
}
