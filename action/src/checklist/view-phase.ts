// The data the phase issue template receives. Every string that comes from a plan, a lesson or
// an event is escaped here (text/github.ts); the template only arranges it. Nothing here depends on
// the clock, so an unchanged rollout renders an identical body and the action writes nothing.
import { isStructuredTarget, targetLabel } from '../plan/audience.ts';
import { authorMaySignOff } from '../plan/gate-defaults.ts';
import { classifyGate } from '../plan/gate-kind.ts';
import { describeRamp } from '../plan/ramp-text.ts';
import type { Phase, RolloutPlan } from '../plan/schema.ts';
import type { InlineMd, TextMd } from '../text/brands.ts';
import { code, fixed, handle, handleList, inertLogin, link, text, truncatedText } from '../text/github.ts';
import { codeFence } from '../text/markdown-code.ts';
import { safeHttpUrl } from '../text/markdown-link.ts';
import { breakCommentsInCode, itemMarker } from '../text/markers.ts';
import { formatTime } from '../text/time.ts';
import { whyLabel } from '../text/why-label.ts';
import { parseItemId } from './ids.ts';
import type { ChecklistEntry, EntrySection, GuardWhy } from './items.ts';
import type { PhaseStateName } from './phase-state.ts';
import type { RolloutPhase } from './rollout-state.ts';
import { type DegradeLevel, showsCommands, textLimit } from './size.ts';

const COMMAND_LANGUAGE = 'sh';
const INDENT = '  ';

export interface ItemView {
  /** `- [ ]`: the desired body is unticked; merge.ts applies the ticks. */
  checkbox: string;
  text: TextMd;
  why: TextMd | null;
  /** The hidden item marker; must end the line. */
  marker: string;
  /** Lines under the item (a command), indented, or null. */
  detail: string | null;
}

export interface SectionView {
  key: EntrySection;
  heading: string;
  intro: TextMd | null;
  items: ItemView[];
}

export interface PhaseIssueView {
  plan: { name: InlineMd; title: TextMd; owners: TextMd; runbook: TextMd | null };
  phase: { id: InlineMd; title: TextMd; number: number; total: number };
  /** Null at the `minimal` level and below. */
  facts: {
    environment: TextMd;
    strategy: TextMd;
    audience: TextMd | null;
    bake: TextMd | null;
    targets: TextMd | null;
  } | null;
  status: { headline: TextMd; detail: TextMd | null } | null;
  /** Says that commands were left to the runbook, when they were. */
  collapsedNote: TextMd | null;
  sections: SectionView[];
}

export interface ViewOptions {
  runbookUrl?: string;
  /** Base URL that repository-relative links (lesson files) are resolved against. */
  linkBase?: string;
  level: DegradeLevel;
  /** Metric gate item ids → whether Rollbook measures (and ticks) it; unset: say nothing about it. */
  measured?: ReadonlyMap<string, boolean>;
  /** May authors sign off where a gate does not say (`allow-author-signoff`)? Default false. */
  authorsMaySignOff?: boolean;
}

const HEADINGS: Record<EntrySection, string> = {
  steps: 'Steps',
  stages: 'Ramp stages',
  gates: 'Gates',
  checklist: 'Checklist',
  exit: 'Exit criteria',
  done: 'Done',
  rollback: 'If it goes wrong',
};

/** A lesson or runbook link: absolute http(s) URLs as they are, paths against `linkBase`. */
export function resolveHref(href: string | undefined, linkBase: string | undefined): string | undefined {
  if (href === undefined) return undefined;
  if (safeHttpUrl(href)) return href;
  if (!linkBase) return undefined;
  try {
    return new URL(href.replace(/^\.?\//, ''), linkBase.endsWith('/') ? linkBase : `${linkBase}/`).href;
  } catch {
    return undefined;
  }
}

/** Plain targets joined by commas; structured ones numbered in the order they are reached. */
function targetsView(phase: Phase, max: number | undefined): TextMd | null {
  const targets = phase.targets ?? [];
  if (targets.length === 0) return null;
  const labels = targets.map((t) => truncatedText(targetLabel(t), max));
  if (!targets.some(isStructuredTarget)) return fixed(labels.join(', '));
  return fixed(labels.map((label, i) => `${i + 1}. ${label}`).join(' → '));
}

function whyView(why: GuardWhy | undefined, options: ViewOptions): TextMd | null {
  if (!why || options.level === 'bare') return null;
  const label = whyLabel(why);
  const href = resolveHref(why.href, options.linkBase);
  const shown = href ? link(label, href) : truncatedText(label, textLimit(options.level));
  return fixed(`Why: ${shown}`);
}

function fence(command: string): string {
  return codeFence(breakCommentsInCode(command), COMMAND_LANGUAGE)
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => (line === '' ? '' : INDENT + line))
    .join('\n');
}

function rollbackCommand(entry: ChecklistEntry): string | undefined {
  if (entry.kind === 'rollforward') return entry.rollForwardCommand;
  const rollback = entry.step?.rollback;
  return typeof rollback === 'object' ? rollback.command : undefined;
}

function bareText(entry: ChecklistEntry): TextMd {
  // The section heading says what kind of item it is; the key says which.
  const ref = parseItemId(entry.id)!;
  return ref.key ? fixed(code(ref.key)) : fixed(ref.kind);
}

function entryText(entry: ChecklistEntry, phase: Phase, options: ViewOptions): TextMd {
  if (options.level === 'bare') return bareText(entry);
  const max = textLimit(options.level);
  const t = (value: string) => truncatedText(value, max);
  switch (entry.kind) {
    case 'step': {
      const owner = entry.step!.owner ? ` — ${handle(entry.step!.owner)}` : '';
      const bake =
        entry.activates && phase.bake && !phase.stages?.length
          ? ` — *ticking this starts the ${text(phase.bake)} bake*`
          : '';
      return fixed(`**${entry.stepNumber}.** ${t(entry.text)}${owner}${bake}`);
    }
    case 'stage':
      return stageText(entry, phase, t);
    case 'signoff': {
      const gate = entry.gate!;
      const who = handleList(gate.signoff ?? [], 'or');
      const author = authorMaySignOff(gate, options.authorsMaySignOff) ? '' : ', not by the author';
      return fixed(`**${entry.text}**, by ${who}${author}`);
    }
    case 'gate': {
      const classified = classifyGate(entry.gate!);
      if (classified?.kind === 'metric') {
        const { metric } = classified.gate;
        const condition = entry.text.slice(metric.length).trim();
        const measured = options.measured?.get(entry.id);
        const who =
          measured === undefined
            ? ''
            : measured
              ? ' — *measured by Rollbook, which ticks it from the data*'
              : ' — *not measured by Rollbook: tick it when it holds*';
        return fixed(`**Metric:** ${code(metric, max)}${condition ? ` ${t(condition)}` : ''}${who}`);
      }
      if (classified?.kind === 'check') return fixed(`**Check:** ${code(classified.gate.check, max)} succeeded`);
      return fixed(`**Confirm:** ${t(entry.text)}`);
    }
    case 'rollback':
      if (!entry.step) return fixed(`**${t(entry.text)}**`);
      return fixed(`Rolled back step ${entry.stepNumber} (${code(entry.step.id)}): ${t(entry.text)}`);
    case 'rollforward':
      if (!entry.step) return fixed(`**Rolled the phase forward** (it cannot be undone): ${t(entry.text)}`);
      return fixed(
        `Rolled forward step ${entry.stepNumber} (${code(entry.step.id)}), which cannot be undone: ${t(entry.text)}`,
      );
    case 'complete':
      return fixed(`**${entry.text}**`);
    default:
      return t(entry.text);
  }
}

/** `**Stage 2 of 4: 25%** (cohort): do — *ticking this starts a 10m hold, then a person decides*` */
function stageText(entry: ChecklistEntry, phase: Phase, t: (value: string) => TextMd): TextMd {
  const stage = entry.stage!;
  const number = entry.stageNumber!;
  const cohort = stage.cohort === undefined ? '' : ` (${t(stage.cohort)})`;
  const head = `**Stage ${number} of ${entry.stageCount}: ${stage.percent}%**${cohort}: ${t(entry.text)}`;
  const last = number === entry.stageCount;
  const waits: string[] = [];
  if (stage.hold !== undefined) waits.push(`ticking this starts a ${text(stage.hold)} hold`);
  if (stage.pause !== undefined && !last) waits.push(`then a person checks: ${t(stage.pause)}`);
  if (last && phase.bake)
    waits.push(
      stage.hold === undefined
        ? `ticking this starts the ${text(phase.bake)} bake`
        : `then the ${text(phase.bake)} bake`,
    );
  return fixed(waits.length ? `${head} — *${waits.join(', ')}*` : head);
}

function entryDetail(entry: ChecklistEntry, options: ViewOptions): string | null {
  if (!showsCommands(options.level)) return null;
  const command =
    entry.kind === 'step'
      ? entry.step?.command
      : entry.kind === 'stage'
        ? entry.stage?.command
        : entry.kind === 'rollback' || entry.kind === 'rollforward'
          ? rollbackCommand(entry)
          : undefined;
  return command === undefined ? null : fence(command);
}

export function itemView(entry: ChecklistEntry, phase: Phase, options: ViewOptions): ItemView {
  return {
    checkbox: '- [ ]',
    text: entryText(entry, phase, options),
    why: whyView(entry.why, options),
    marker: itemMarker(entry.id),
    detail: entryDetail(entry, options),
  };
}

function sectionIntro(
  section: EntrySection,
  entries: readonly ChecklistEntry[],
  phase: Phase,
  options: ViewOptions,
): TextMd | null {
  if (section === 'steps') {
    const activating = entries.find((e) => e.activates);
    if (!activating || !phase.bake || phase.stages?.length) return fixed('Tick each step when it is done.');
    return fixed(`Tick each step when it is done; ticking step ${activating.stepNumber} starts the bake.`);
  }
  if (section === 'stages')
    return fixed(
      'Tick each stage, in order, when its share is live: ticking a stage starts its hold, and the next stage waits until the hold is over and, after a pause, until a person decides to go on.',
    );
  if (section === 'gates')
    return [...(options.measured?.values() ?? [])].some(Boolean)
      ? fixed(
          'Rollbook ticks the metric gates it measures, from the data; tick the others when they hold. Only the approvers named may tick a sign-off.',
        )
      : fixed('Tick a gate when it holds. Only the approvers named may tick a sign-off.');
  if (section === 'rollback') {
    return entries.some((e) => e.kind === 'rollforward')
      ? fixed(
          'Tick what you rolled back (the tracking issue will say so) or rolled forward. What cannot be undone is rolled forward, as its plan says.',
        )
      : fixed('Tick what you rolled back; the tracking issue will say so.');
  }
  return null;
}

function time(at: string | undefined): TextMd {
  return at ? fixed(formatTime(at)) : fixed('an unknown time');
}

function byWhom(by: string | undefined): string {
  return by ? ` by ${inertLogin(by)}` : '';
}

/** Another plan's phase state as the waiting phase's status line says it. */
const PHASE_STATE_WORDS: Record<PhaseStateName, string> = {
  'not-started': 'not started',
  'in-progress': 'in progress',
  baking: 'baking',
  ready: 'ready',
  done: 'done',
  'rolled-back': 'rolled back',
};

/** `a`, `a and b`, `a, b and c`. */
function joinWords(parts: readonly string[]): string {
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** The status line: fixed times only (never "3h left"), so it changes only when the state does. */
export function statusView(status: RolloutPhase | undefined, plan: RolloutPlan): PhaseIssueView['status'] {
  if (!status) return null;
  const titleOf = (id: string) => plan.phases.find((p) => p.id === id)?.title ?? id;
  const waitingParts = [
    ...(status.waitingFor ? [`${text(titleOf(status.waitingFor))} (${code(status.waitingFor)})`] : []),
    ...(status.waitingForPlans ?? []).map(
      ({ phase, state }) => `${code(phase)}${state ? ` (${PHASE_STATE_WORDS[state]})` : ''}`,
    ),
  ];
  const waiting = waitingParts.length > 0 ? fixed(joinWords(waitingParts)) : undefined;
  switch (status.state) {
    case 'not-started':
      return waiting
        ? {
            headline: fixed(`Waiting for ${waiting}.`),
            detail: fixed(
              waitingParts.length > 1
                ? 'Start this phase once those are done.'
                : 'Start this phase once that one is done.',
            ),
          }
        : { headline: fixed('Not started.'), detail: fixed('Tick each step as you do it.') };
    case 'in-progress': {
      const stages = plan.phases.find((p) => p.id === status.phaseId)?.stages;
      const ramp = status.ramp && stages ? describeRamp(stages, status.ramp) : undefined;
      const parts = [
        waiting ? `Out of order: ${waiting} ${waitingParts.length > 1 ? 'are' : 'is'} not done yet.` : undefined,
        ramp,
      ].filter(Boolean);
      return { headline: fixed('In progress.'), detail: parts.length ? fixed(parts.join(' ')) : null };
    }
    case 'baking':
      return status.bake?.endsAt
        ? {
            headline: fixed(`Baking until ${formatTime(status.bake.endsAt)}.`),
            detail: fixed('Then tick what is left.'),
          }
        : {
            headline: fixed('Baking.'),
            detail: fixed(
              status.ramp
                ? 'When the last stage was ticked is not known yet.'
                : 'When the activating step was ticked is not known yet.',
            ),
          };
    case 'ready':
      return {
        headline: fixed('Ready.'),
        detail: fixed('The bake is over and everything is ticked: tick **Phase complete** to open the next phase.'),
      };
    case 'done':
      return { headline: fixed(`Done on ${time(status.completed?.at)}${byWhom(status.completed?.by)}.`), detail: null };
    case 'rolled-back': {
      const what = status.rolledBack.map((r) => {
        const step = r.itemId.split('/rollback:')[1];
        return `${step ? `step ${code(step)}` : 'the whole phase'}${byWhom(r.by)}${r.at ? ` on ${formatTime(r.at)}` : ''}`;
      });
      return { headline: fixed('Rolled back.'), detail: fixed(`${what.join('; ')}.`) };
    }
  }
}

export function phaseIssueView(
  plan: RolloutPlan,
  phase: Phase,
  entries: readonly ChecklistEntry[],
  status: RolloutPhase | undefined,
  options: ViewOptions,
): PhaseIssueView {
  const index = plan.phases.indexOf(phase);
  const order: EntrySection[] = ['steps', 'stages', 'gates', 'checklist', 'exit', 'done', 'rollback'];
  const sections = order.flatMap((key): SectionView[] => {
    const inSection = entries.filter((e) => e.section === key);
    if (inSection.length === 0) return [];
    return [
      {
        key,
        heading: HEADINGS[key],
        intro: sectionIntro(key, inSection, phase, options),
        items: inSection.map((e) => itemView(e, phase, options)),
      },
    ];
  });
  const runbookHref = resolveHref(options.runbookUrl, options.linkBase);
  const runbook = runbookHref ? link('the runbook', runbookHref) : null;
  const full = options.level === 'full' || options.level === 'collapsed' || options.level === 'truncated';
  const hasCommands = entries.some(
    (e) => e.step?.command !== undefined || e.stage?.command !== undefined || rollbackCommand(e) !== undefined,
  );
  return {
    plan: {
      name: code(plan.metadata.name),
      title: text(plan.metadata.title),
      owners: handleList(plan.metadata.owners),
      runbook,
    },
    phase: { id: code(phase.id), title: text(phase.title), number: index + 1, total: plan.phases.length },
    facts: full
      ? {
          environment: text(phase.environment),
          strategy: text(phase.strategy),
          audience: phase.audience === undefined ? null : text(phase.audience),
          bake: phase.bake === undefined ? null : text(phase.bake),
          targets: targetsView(phase, textLimit(options.level)),
        }
      : null,
    status: statusView(status, plan),
    collapsedNote:
      !showsCommands(options.level) && hasCommands
        ? fixed(`This issue is shortened to fit GitHub's size limit: commands are in ${runbook ?? 'the runbook'}.`)
        : null,
    sections,
  };
}
