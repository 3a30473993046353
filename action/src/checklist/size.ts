// Staying under GitHub's body limit. A body that would exceed MAX_BODY_CHARS is rebuilt at the
// next level until it fits; every level keeps every item id and tick, only prose shrinks:
//
//   full       everything, with commands under their steps
//   collapsed  commands and rollback commands left to the runbook (linked)
//   truncated  item texts cut to TRUNCATED_TEXT_CHARS, audit log cut to MIN_AUDIT_ENTRIES
//   minimal    item texts cut to MINIMAL_TEXT_CHARS, no phase facts
//   bare       items named by kind and id only
import {
  MAX_AUDIT_ENTRIES,
  MAX_BODY_CHARS,
  MIN_AUDIT_ENTRIES,
  MINIMAL_TEXT_CHARS,
  TRUNCATED_TEXT_CHARS,
} from './limits.ts';

export const DEGRADE_LEVELS = ['full', 'collapsed', 'truncated', 'minimal', 'bare'] as const;
export type DegradeLevel = (typeof DEGRADE_LEVELS)[number];

export function levelIndex(level: DegradeLevel): number {
  return DEGRADE_LEVELS.indexOf(level);
}

/** Longest item text at this level; undefined: no limit. */
export function textLimit(level: DegradeLevel): number | undefined {
  if (levelIndex(level) >= levelIndex('minimal')) return MINIMAL_TEXT_CHARS;
  if (level === 'truncated') return TRUNCATED_TEXT_CHARS;
  return undefined;
}

export function showsCommands(level: DegradeLevel): boolean {
  return level === 'full';
}

export function auditLimit(level: DegradeLevel): number {
  return levelIndex(level) >= levelIndex('truncated') ? MIN_AUDIT_ENTRIES : MAX_AUDIT_ENTRIES;
}

export interface Fitted<T> {
  value: T;
  level: DegradeLevel;
  /** Even `bare` did not fit (people's own text is too long): the caller must not write it as is. */
  overLimit: boolean;
}

/** The first level whose body fits `limit` characters, or the last level flagged overLimit. */
export function fitBody<T>(
  build: (level: DegradeLevel) => T,
  bodyOf: (value: T) => string,
  limit = MAX_BODY_CHARS,
): Fitted<T> {
  let value: T | undefined;
  for (const level of DEGRADE_LEVELS) {
    value = build(level);
    if (bodyOf(value).length <= limit) return { value, level, overLimit: false };
  }
  return { value: value!, level: 'bare', overLimit: true };
}
