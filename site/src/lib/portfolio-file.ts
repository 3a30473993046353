// The optional organisation portfolio (`ROLLBOOK_PORTFOLIO`, docs/site.md): the file
// `rollbook status --org/--topic/--repos` writes, in the shape of action/src/portfolio/model.ts.
// Read once per build; a configured file that is missing, not JSON or not that shape fails the
// build naming the first bad field. Each plan's `status` is the status file's entry without its
// time, read by status.ts's reader (phase, state, verdict, ramp, readings, KPI review). Every
// string is kept as text for Astro to escape; nothing here is trusted to be markup or a safe URL
// (see `webHref`).
import { readFile } from 'node:fs/promises';
import {
  PORTFOLIO_SCHEMA,
  type PortfolioFile,
  type PortfolioGuardFreeze,
  type PortfolioLesson,
  type PortfolioOverlap,
  type PortfolioPhase,
  type PortfolioPlan,
  type PortfolioRepository,
  type PortfolioScope,
} from '../../../action/src/site-api.ts';
import { parsePlanStatus } from './status.ts';

export type {
  PortfolioFile,
  PortfolioGuardFreeze,
  PortfolioLesson,
  PortfolioOverlap,
  PortfolioPhase,
  PortfolioPlan,
  PortfolioRepository,
} from '../../../action/src/site-api.ts';

/** An ISO 8601 UTC time, to the minute or finer: `2026-11-02T09:00Z`, `2026-11-02T09:00:00.000Z`. */
const UTC_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/;
const OVERLAP_KINDS: readonly PortfolioOverlap['kind'][] = ['same-service', 'crosses-freeze'];

class Shape extends Error {}

type Json = Record<string, unknown>;

function object(value: unknown, where: string): Json {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Shape(`${where} must be an object`);
  return value as Json;
}

function text(o: Json, key: string, where: string): string {
  const value = o[key];
  if (typeof value !== 'string' || value === '') throw new Shape(`${where}.${key} must be a non-empty string`);
  return value;
}

function optionalText(o: Json, key: string, where: string): string | undefined {
  return o[key] === undefined ? undefined : text(o, key, where);
}

function time(o: Json, key: string, where: string): string {
  const value = text(o, key, where);
  if (!UTC_TIME.test(value) || Number.isNaN(Date.parse(value)))
    throw new Shape(`${where}.${key} must be a UTC time like 2026-11-02T09:00Z`);
  return value;
}

function list<T>(o: Json, key: string, where: string, item: (value: unknown, where: string) => T): T[] {
  const value = o[key];
  if (!Array.isArray(value)) throw new Shape(`${where}.${key} must be a list`);
  return value.map((v, i) => item(v, `${where}.${key}[${i}]`));
}

function texts(o: Json, key: string, where: string): string[] {
  return list(o, key, where, (v, at) => {
    if (typeof v !== 'string') throw new Shape(`${at} must be a string`);
    return v;
  });
}

function scope(value: unknown, where: string): PortfolioScope {
  const o = object(value, where);
  if (o.organization !== undefined) return { organization: text(o, 'organization', where) };
  if (o.topic !== undefined) {
    const owner = optionalText(o, 'owner', where);
    return { topic: text(o, 'topic', where), ...(owner === undefined ? {} : { owner }) };
  }
  if (o.repositories !== undefined) return { repositories: texts(o, 'repositories', where) };
  throw new Shape(`${where} needs organization, topic or repositories`);
}

function phase(value: unknown, where: string): PortfolioPhase {
  const o = object(value, where);
  if (typeof o.scheduled !== 'boolean') throw new Shape(`${where}.scheduled must be true or false`);
  return {
    id: text(o, 'id', where),
    environment: text(o, 'environment', where),
    start: time(o, 'start', where),
    end: time(o, 'end', where),
    scheduled: o.scheduled,
  };
}

function freeze(value: unknown, where: string): PortfolioPlan['freezes'][number] {
  const o = object(value, where);
  const from = optionalText(o, 'from', where);
  const to = optionalText(o, 'to', where);
  return {
    name: text(o, 'name', where),
    reason: text(o, 'reason', where),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(o.every === undefined ? {} : { every: texts(o, 'every', where) as PortfolioPlan['freezes'][number]['every'] }),
    ...(o.environments === undefined ? {} : { environments: texts(o, 'environments', where) }),
    ...(typeof o.allowHotfix === 'boolean' ? { allowHotfix: o.allowHotfix } : {}),
  };
}

function guardFreeze(value: unknown, where: string): PortfolioGuardFreeze {
  return { ...freeze(value, where), lesson: text(object(value, where), 'lesson', where) };
}

/** A plan's checklist state in the status file's shape, read by the status file's own reader. */
function status(value: unknown, where: string): NonNullable<PortfolioPlan['status']> {
  try {
    return parsePlanStatus(value, where);
  } catch (error) {
    throw new Shape((error as Error).message);
  }
}

function plan(value: unknown, where: string): PortfolioPlan {
  const o = object(value, where);
  return {
    id: text(o, 'id', where),
    title: text(o, 'title', where),
    path: text(o, 'path', where),
    url: text(o, 'url', where),
    owners: texts(o, 'owners', where),
    services: texts(o, 'services', where),
    phases: list(o, 'phases', where, phase),
    freezes: list(o, 'freezes', where, freeze),
    ...(o.guardFreezes === undefined ? {} : { guardFreezes: list(o, 'guardFreezes', where, guardFreeze) }),
    guardedBy: texts(o, 'guardedBy', where),
    ...(o.status === undefined ? {} : { status: status(o.status, `${where}.status`) }),
    ...(o.invalid === undefined ? {} : { invalid: texts(o, 'invalid', where) }),
  };
}

function repository(value: unknown, where: string): PortfolioRepository {
  const o = object(value, where);
  const error = optionalText(o, 'error', where);
  const commit = optionalText(o, 'commit', where);
  const treeSha = optionalText(o, 'treeSha', where);
  return {
    repository: text(o, 'repository', where),
    url: text(o, 'url', where),
    defaultBranch: text(o, 'defaultBranch', where),
    ...(commit ? { commit } : {}),
    ...(treeSha ? { treeSha } : {}),
    plans: list(o, 'plans', where, plan),
    ...(error ? { error } : {}),
  };
}

function lesson(value: unknown, where: string): PortfolioLesson {
  const o = object(value, where);
  return {
    key: text(o, 'key', where),
    repository: text(o, 'repository', where),
    ref: text(o, 'ref', where),
    id: text(o, 'id', where),
    title: text(o, 'title', where),
    url: text(o, 'url', where),
    guards: texts(o, 'guards', where),
  };
}

function overlapFreeze(o: Json, where: string): NonNullable<PortfolioOverlap['freeze']> {
  const lesson = optionalText(o, 'lesson', where);
  return { name: text(o, 'name', where), plan: text(o, 'plan', where), ...(lesson === undefined ? {} : { lesson }) };
}

function overlap(value: unknown, where: string): PortfolioOverlap {
  const o = object(value, where);
  const kind = o.kind as PortfolioOverlap['kind'];
  if (!OVERLAP_KINDS.includes(kind)) throw new Shape(`${where}.kind must be one of ${OVERLAP_KINDS.join(', ')}`);
  const freezeOf = o.freeze === undefined ? undefined : object(o.freeze, `${where}.freeze`);
  return {
    kind,
    says: text(o, 'says', where),
    from: time(o, 'from', where),
    to: time(o, 'to', where),
    plans: texts(o, 'plans', where),
    ...(o.services === undefined ? {} : { services: texts(o, 'services', where) }),
    ...(freezeOf ? { freeze: overlapFreeze(freezeOf, `${where}.freeze`) } : {}),
  };
}

/** Validates the parsed JSON; the message names the file and the first bad field. */
export function parsePortfolio(json: unknown, file: string): PortfolioFile {
  try {
    const o = object(json, 'the portfolio');
    if (o.schema !== PORTFOLIO_SCHEMA) throw new Shape(`schema must be "${PORTFOLIO_SCHEMA}"`);
    return {
      schema: PORTFOLIO_SCHEMA,
      collectedAt: time(o, 'collectedAt', 'portfolio'),
      scope: scope(o.scope, 'scope'),
      repositories: list(o, 'repositories', 'portfolio', repository),
      lessons: list(o, 'lessons', 'portfolio', lesson),
      overlaps: list(o, 'overlaps', 'portfolio', overlap),
    };
  } catch (error) {
    if (error instanceof Shape) throw new Error(`${file}: ${error.message.replace(/^portfolio\./, '')}`);
    throw error;
  }
}

const read = new Map<string, Promise<PortfolioFile>>();

/** No file configured: undefined. The file is read and checked once per build, however many pages ask. */
export function readPortfolio(file: string | undefined): Promise<PortfolioFile> | undefined {
  if (!file) return undefined;
  let pending = read.get(file);
  if (!pending) {
    pending = readFile(file, 'utf8').then((content) => {
      let json: unknown;
      try {
        json = JSON.parse(content);
      } catch (error) {
        throw new Error(`${file}: not JSON (${(error as Error).message})`);
      }
      return parsePortfolio(json, file);
    });
    read.set(file, pending);
  }
  return pending;
}

/** A link target only for http(s) URLs: a file could carry `javascript:` or `data:`, which is never linked. */
export function webHref(url: string): string | undefined {
  return /^https?:\/\/[^\s]+$/i.test(url) ? url : undefined;
}
