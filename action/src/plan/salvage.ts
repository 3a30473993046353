// A plan with schema errors, cut down to the parts that are valid, so the policy rules still run
// on everything that parsed (docs/adr/0034-rules-run-on-what-parsed.md). Each round removes what
// the validator points at: an unknown key, an invalid field, and, once a required field is gone,
// the object that held it (an array element, or a key of its parent); a few required keys of the
// plan's top-level sections get a stand-in instead, since cutting `metadata` for a misspelt
// `title` would leave nothing to salvage. Rounds repeat until the
// rest validates; a plan whose top level is broken is not salvaged. Array elements that go are
// remembered, so paths on the salvaged plan map back to the file, and every removed part is kept
// so findings about it (or about what contains it) can be left out: they would describe the cut,
// not the plan. Pure, and linear in the plan per round.
import type { ErrorObject } from 'ajv';
import type { DataPath } from './locate.ts';
import { RolloutPlan } from './schema.ts';
import { pointerToPath } from './schema-errors.ts';
import { validatorFor } from './validator.ts';

/**
 * Rounds of removal at most. Each round removes at least the innermost invalid part, and a
 * missing required key moves the removal up one level, so a plan (about 8 levels deep) needs
 * fewer; the cap only bounds the work on a pathological document.
 */
export const MAX_SALVAGE_ROUNDS = 16;

export interface SalvagedPlan {
  /** The valid rest of the plan. */
  plan: RolloutPlan;
  /** The removed parts, as paths in the file. */
  removed: DataPath[];
  /** A path on `plan` as a path in the file (array indexes shift when elements are removed). */
  toFilePath(path: DataPath): DataPath;
  /**
   * Does `filePath` lie inside a removed part, contain one, or sit beside one (a finding at a
   * step's id is about the step, whose misspelt `rolback` was removed)?
   */
  touchesRemoved(filePath: DataPath): boolean;
}

type Container = Record<string, unknown> | unknown[];

const isContainer = (value: unknown): value is Container => typeof value === 'object' && value !== null;

/** A deep copy that keeps null prototypes (plan/own.ts relies on them). Depth is capped by the YAML reader. */
function copy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copy);
  if (!isContainer(value)) return value;
  const out: Record<string, unknown> = Object.create(Object.getPrototypeOf(value));
  for (const [key, child] of Object.entries(value)) out[key] = copy(child);
  return out;
}

/** What an error asks to remove, as a path on the current (already cut) data. */
function targetOf(error: ErrorObject): (string | number)[] {
  const path = pointerToPath(error.instancePath);
  if (error.keyword === 'additionalProperties') {
    return [...path, (error.params as { additionalProperty: string }).additionalProperty];
  }
  return path;
}

const keyOf = (path: DataPath) => JSON.stringify(path);

/**
 * Stand-ins for required keys whose loss would otherwise cut a section the plan cannot do
 * without (a misspelt `titel:` would take `metadata`, then the whole plan, with it). Each is
 * recorded as removed, so no finding about it, or beside it, is reported. Only text and the
 * breaking flag: a stand-in owner, service or KPI would change what the rules find.
 */
const STAND_INS: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  metadata: { name: 'name-missing', title: '-' },
  story: { problem: '-', size: '-', solution: '-' },
  compatibility: { breaking: false },
};

/** Fills a stand-in for a missing required key of a top-level section: its path, or undefined when there is none. */
function fillStandIn(root: Record<string, unknown>, error: ErrorObject): DataPath | undefined {
  if (error.keyword !== 'required') return undefined;
  const path = pointerToPath(error.instancePath);
  const section = path.length === 1 ? path[0] : undefined;
  const missing = (error.params as { missingProperty: string }).missingProperty;
  const standIns = typeof section === 'string' && Object.hasOwn(STAND_INS, section) ? STAND_INS[section] : undefined;
  if (!standIns || !Object.hasOwn(standIns, missing)) return undefined;
  const holder = root[section as string];
  if (!isContainer(holder) || Array.isArray(holder) || Object.hasOwn(holder, missing)) return undefined;
  holder[missing] = standIns[missing];
  return [section as string, missing];
}

/** What a finding on the salvaged plan points at: where, where its twin is, what it rests on. */
interface PathsOfFinding {
  path: DataPath;
  firstAt?: DataPath;
  /** A part the finding is about besides its own path (lint/rule.ts RuleFinding.restsOn). */
  restsOn?: DataPath;
}

/**
 * A finding on the salvaged plan as one on the file (array indexes as the file has them), or
 * undefined when it would describe the cut rather than the plan: it touches a removed part, or
 * rests on one (ADR 34).
 */
export function findingInFile<T extends PathsOfFinding>(salvaged: SalvagedPlan, finding: T): T | undefined {
  const path = salvaged.toFilePath(finding.path);
  if (salvaged.touchesRemoved(path)) return undefined;
  if (finding.restsOn && salvaged.touchesRemoved(salvaged.toFilePath(finding.restsOn))) return undefined;
  return {
    ...finding,
    path,
    ...(finding.firstAt ? { firstAt: salvaged.toFilePath(finding.firstAt) } : {}),
  };
}

/** touchesRemoved in time linear in the path's depth, however many parts were removed. */
function overlapTest(removed: readonly DataPath[]): (path: DataPath) => boolean {
  const removedKeys = new Set(removed.map(keyOf));
  const holdingKeys = new Set(removed.flatMap((r) => r.map((_, i) => keyOf(r.slice(0, i)))));
  // Fields of one object belong together; elements of a list do not.
  const objectsWithFieldRemoved = new Set(
    removed.filter((r) => typeof r.at(-1) === 'string').map((r) => keyOf(r.slice(0, -1))),
  );
  return (path) =>
    holdingKeys.has(keyOf(path)) ||
    (path.length > 0 && objectsWithFieldRemoved.has(keyOf(path.slice(0, -1)))) ||
    path.some((_, i) => removedKeys.has(keyOf(path.slice(0, i + 1))));
}

/**
 * The valid rest of `data`, or undefined when `data` is not an object with the plan's required
 * top level (nothing to run rules on). `data` itself is not changed. `errors`: the plan
 * validator's errors on `data`, when the caller has just validated it (the first round then
 * starts from them instead of validating the same data again).
 */
export function salvagePlan(data: unknown, errors?: readonly ErrorObject[]): SalvagedPlan | undefined {
  if (!isContainer(data) || Array.isArray(data)) return undefined;
  const validate = validatorFor(RolloutPlan);
  const root = copy(data) as Record<string, unknown>;
  /** Original indexes of the elements still in each array that lost some. */
  const originals = new WeakMap<unknown[], number[]>();
  const removed: DataPath[] = [];
  let overlaps: ((path: DataPath) => boolean) | undefined;

  const toFilePath = (path: DataPath): DataPath => {
    const out: (string | number)[] = [];
    let node: unknown = root;
    for (const segment of path) {
      const index = Array.isArray(node) && typeof segment === 'number' ? originals.get(node)?.[segment] : undefined;
      out.push(index ?? segment);
      node = isContainer(node) ? (node as Record<string | number, unknown>)[segment] : undefined;
    }
    return out;
  };

  for (let round = 0; round < MAX_SALVAGE_ROUNDS; round++) {
    const known = round === 0 && errors && errors.length > 0 ? errors : undefined;
    if (!known && validate(root)) {
      return {
        plan: root as unknown as RolloutPlan,
        removed,
        toFilePath,
        // Built on the first finding to check: most salvaged plans have none.
        touchesRemoved: (path) => {
          overlaps ??= overlapTest(removed);
          return overlaps(path);
        },
      };
    }
    const targets: DataPath[] = [];
    let filled = false;
    for (const error of known ?? validate.errors ?? []) {
      const standIn = fillStandIn(root, error);
      if (standIn) {
        removed.push(standIn);
        filled = true;
      } else targets.push(targetOf(error));
    }
    if (targets.some((t) => t.length === 0)) return undefined;
    // Resolve every target before removing any, so removals in one array do not shift the others.
    const fromArrays = new Map<unknown[], Set<number>>();
    const fromObjects: [Record<string, unknown>, string][] = [];
    const seen = new Set<string>();
    for (const target of targets) {
      const key = keyOf(target);
      if (seen.has(key)) continue;
      seen.add(key);
      let parent: unknown = root;
      for (const segment of target.slice(0, -1)) {
        parent = isContainer(parent) ? (parent as Record<string | number, unknown>)[segment] : undefined;
      }
      const last = target.at(-1)!;
      if (Array.isArray(parent) && typeof last === 'number' && last < parent.length) {
        if (!fromArrays.has(parent)) fromArrays.set(parent, new Set());
        fromArrays.get(parent)!.add(last);
      } else if (isContainer(parent) && !Array.isArray(parent) && Object.hasOwn(parent, last)) {
        fromObjects.push([parent, String(last)]);
      } else continue;
      removed.push(toFilePath(target));
    }
    if (!filled && fromArrays.size === 0 && fromObjects.length === 0) return undefined;
    for (const [object, key] of fromObjects) delete object[key];
    for (const [array, indexes] of fromArrays) {
      const before = originals.get(array) ?? array.map((_, i) => i);
      // In place, so the array stays where its parent holds it.
      let write = 0;
      for (let read = 0; read < array.length; read++) {
        if (indexes.has(read)) continue;
        array[write] = array[read];
        before[write] = before[read]!;
        write++;
      }
      array.length = write;
      before.length = write;
      originals.set(array, before);
    }
  }
  return undefined;
}
