// Item ids: the stable key of every checkbox. Ticks, the audit trail and sign-offs are keyed on
// them, never on visible text, so editing an item's wording or reordering a phase keeps its tick.
//
//   <plan>/<phase>/<kind>[:<key>]
//
//   step:<stepId>            the step is done (the activating step starts the bake)
//   stage:<stageKey>         a ramp stage's share is live; its tick starts the stage's hold
//   rollback:<stepId>        the step was rolled back ("ticked = rolled back")
//   rollback                 the whole phase was rolled back
//   rollforward:<stepId>     an irreversible step was rolled forward (its roll-forward plan followed)
//   rollforward              an irreversible phase was rolled forward
//   gate:<gateId>            a metric, check or manual gate is confirmed (ids from gates/gate-id.ts)
//   signoff:<gateId>/<n>     sign-off n of a sign-off gate's `count`
//   item:<id or slug>        a checklist item: its `id`, else a slug of its text
//   exit:<slug>              an exit criterion, keyed by a slug of its text
//   guard:<lesson>/<guard>   a checklist item a lesson guard adds
//   complete                 the phase is done and the next phase may start
import { MAX_ITEM_SLUG_CHARS } from './limits.ts';

export const ITEM_KINDS = [
  'step',
  'stage',
  'rollback',
  'rollforward',
  'gate',
  'signoff',
  'item',
  'exit',
  'guard',
  'complete',
] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** The parts of an item id. `key` is absent for `complete` and the whole-phase `rollback`. */
export interface ItemRef {
  plan: string;
  phase: string;
  kind: ItemKind;
  key?: string;
}

const SEGMENT = /^[a-z0-9][a-z0-9-]*$/;
const KEY = /^[a-z0-9][a-z0-9-]*(?:\/[a-z0-9][a-z0-9-]*)*$/;
const KEYLESS: ReadonlySet<ItemKind> = new Set(['complete', 'rollback', 'rollforward']);
const ID = /^([a-z0-9][a-z0-9-]*)\/([a-z0-9][a-z0-9-]*)\/([a-z]+)(?::(.+))?$/;

/** Thrown when a plan that skipped validation holds an id that could break a marker. */
export class InvalidIdError extends Error {
  override name = 'InvalidIdError';
}

function checkSegment(value: string, what: string): string {
  if (!SEGMENT.test(value)) throw new InvalidIdError(`${what} "${value}" is not a valid id (a-z, 0-9, -)`);
  return value;
}

/** The full id of an item. Throws InvalidIdError on characters an id may not have. */
export function itemId(plan: string, phase: string, kind: ItemKind, key?: string): string {
  const base = `${checkSegment(plan, 'plan')}/${checkSegment(phase, 'phase')}/${kind}`;
  if (key === undefined) {
    if (!KEYLESS.has(kind)) throw new InvalidIdError(`item kind ${kind} needs a key`);
    return base;
  }
  if (kind === 'complete' || !KEY.test(key)) throw new InvalidIdError(`"${key}" is not a valid ${kind} key`);
  return `${base}:${key}`;
}

/** The parts of a full item id, or undefined when it is not one. */
export function parseItemId(id: string): ItemRef | undefined {
  const match = ID.exec(id);
  if (!match) return undefined;
  const [, plan, phase, kind, key] = match;
  if (!(ITEM_KINDS as readonly string[]).includes(kind!)) return undefined;
  if (key === undefined)
    return KEYLESS.has(kind as ItemKind) ? { plan: plan!, phase: phase!, kind: kind as ItemKind } : undefined;
  if (kind === 'complete' || !KEY.test(key)) return undefined;
  return { plan: plan!, phase: phase!, kind: kind as ItemKind, key };
}

/** `step:deploy` for `plan/phase/step:deploy`: ids as stored in a phase's own state block. */
export function localItemId(id: string, plan: string, phase: string | undefined): string {
  const prefix = phase === undefined ? `${plan}/` : `${plan}/${phase}/`;
  return id.startsWith(prefix) ? id.slice(prefix.length) : id;
}

/** The inverse of localItemId. A local id holds no `/` before its kind, a full id two. */
export function fullItemId(local: string, plan: string, phase: string | undefined): string {
  if (parseItemId(local)) return local;
  return phase === undefined ? `${plan}/${local}` : `${plan}/${phase}/${local}`;
}

/** A slug of free text for item keys: lower case, a-z0-9 and single dashes, whole words, at most MAX_ITEM_SLUG_CHARS. */
export function textSlug(text: string): string {
  const words = text
    .normalize('NFKD')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_ITEM_SLUG_CHARS) break;
    slug = next;
  }
  return slug || words[0]?.slice(0, MAX_ITEM_SLUG_CHARS) || 'item';
}

/** Hands out keys, suffixing repeats `-2`, `-3`…; keys given explicitly are reserved first. */
export class KeyAllocator {
  readonly #taken: Set<string>;

  constructor(reserved: Iterable<string> = []) {
    this.#taken = new Set(reserved);
  }

  next(base: string): string {
    let key = base;
    for (let n = 2; this.#taken.has(key); n++) key = `${base}-${n}`;
    this.#taken.add(key);
    return key;
  }
}

/**
 * The key of a guard's item: `l-2020-11-thread-exhaustion/thread-alarm` from the lessons
 * module's item id `l-2020-11-thread-exhaustion--thread-alarm` (ids in markers avoid `--`).
 */
export function guardKey(guardItemId: string): string {
  const lower = guardItemId.toLowerCase();
  const split = lower.indexOf('--');
  return split < 0 ? lower : `${lower.slice(0, split)}/${lower.slice(split + 2)}`;
}
