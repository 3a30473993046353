// The long lists' pure parts: filters in the query string, row matching, the home page's order
// (in flight first, then by last change) and paging.
import { describe, expect, test } from 'vitest';
import type { RolloutPlan } from '../../action/src/site-api.ts';
import { listControls } from '../src/lib/list-controls.ts';
import {
  filterToken,
  isActive,
  MAX_TEXT_LENGTH,
  queryString,
  readQuery,
  rowMatches,
  tokenList,
} from '../src/lib/list-query.ts';
import { readSiteOptions } from '../src/lib/options.ts';
import { DEFAULT_PAGE_SIZE, laterPagePaths, listPage, pageCount, pageOf } from '../src/lib/paging.ts';
import { facetOptions, planListItems, progressOf } from '../src/lib/plan-list.ts';
import type { PlanStatus, StatusFile } from '../src/lib/status.ts';
import type { PlanEntry } from '../src/lib/types.ts';

const KEYS = ['owner', 'verdict'];

describe('list query', () => {
  test('reads and writes the query string, tokens in lower case with dashes', () => {
    const query = readQuery('?verdict=ROLL%20BACK&owner=@team-a&q=Hello+world&other=x', KEYS);
    expect(query).toEqual({ owner: '@team-a', verdict: 'roll-back', q: 'Hello world' });
    expect(queryString(query, KEYS)).toBe('?owner=%40team-a&verdict=roll-back&q=Hello+world');
    expect(queryString({ owner: '', verdict: '', q: ' ' }, KEYS)).toBe('');
    expect(isActive(readQuery('', KEYS))).toBe(false);
    expect(readQuery(`?q=${'x'.repeat(5000)}`, KEYS).q).toHaveLength(MAX_TEXT_LENGTH);
    expect(tokenList(['ROLL BACK', 'roll  back', 'Hold'])).toBe('roll-back hold');
    expect(filterToken('  In Flight ')).toBe('in-flight');
  });

  test('a row matches when each set facet names one of its tokens and each word is in its text', () => {
    const row = {
      tokens: (key: string) => ({ owner: '@a @b', verdict: 'roll-back' })[key] ?? '',
      text: 'checkout v2 canary (in-progress)',
    };
    const match = (search: string) => rowMatches(row, readQuery(search, KEYS), KEYS);
    expect(match('')).toBe(true);
    expect(match('?owner=@b')).toBe(true);
    expect(match('?owner=@c')).toBe(false);
    expect(match('?owner=@')).toBe(false);
    expect(match('?verdict=ROLL+BACK&q=CANARY+checkout')).toBe(true);
    expect(match('?q=canary+prod')).toBe(false);
  });
});

const plan = (name: string, title: string): PlanEntry =>
  ({
    file: `playbooks/${name}.rollout.yaml`,
    warnings: 0,
    calendarRules: {},
    plan: { metadata: { name, title, owners: ['@x'], services: ['s'] }, phases: [{ id: 'one' }, { id: 'two' }] },
  }) as unknown as PlanEntry & { plan: RolloutPlan };
const at = (state: string, phase = 'one'): PlanStatus => ({ phase, state, updatedAt: '2026-11-30T09:00:00Z' });

describe('plan list order', () => {
  test('in flight means started and not done; a rolled-back phase keeps the plan in flight', () => {
    const p = plan('p', 'P');
    expect(progressOf(p, undefined)).toBe('not-started');
    expect(progressOf(p, at('not-started'))).toBe('not-started');
    expect(progressOf(p, at('not-started', 'two'))).toBe('in-flight');
    expect(progressOf(p, at('baking'))).toBe('in-flight');
    expect(progressOf(p, at('rolled-back'))).toBe('in-flight');
    expect(progressOf(p, at('done', 'two'))).toBe('finished');
  });

  test('plans in flight first, then by last commit (newest first), then by title; the status time stands in for git', () => {
    const entries = ['a', 'b', 'c', 'd', 'e', 'f'].map((n) => plan(n, n.toUpperCase()));
    const status: StatusFile = {
      plans: { b: at('in-progress'), e: at('baking'), c: at('done', 'two'), f: at('done', 'two') },
    };
    const commits: Record<string, string> = { a: '2026-01-05', b: '2026-01-01', c: '2026-01-03', e: '2026-01-02' };
    const items = planListItems(entries, status, (e) => {
      const day = commits[e.plan.metadata.name];
      return day ? new Date(`${day}T00:00:00Z`) : undefined;
    });
    // f has no commit but a status (2026-11-30), d has neither and comes last.
    expect(items.map((i) => i.entry.plan.metadata.name)).toEqual(['e', 'b', 'f', 'a', 'c', 'd']);
    expect(items.map((i) => i.states.join(' '))).toEqual([
      'in-flight baking',
      'in-flight in-progress',
      'finished',
      'not-started',
      'finished',
      'not-started',
    ]);
    const states = facetOptions(items, (i) => i.states, ['in-flight', 'not-started', 'finished']);
    expect(states.map((o) => `${o.value} ${o.count}`)).toEqual([
      'in-flight 2',
      'not-started 2',
      'finished 2',
      'baking 1',
      'in-progress 1',
    ]);
  });

  test('pages cut the list into runs of the page size; an empty list has one empty page', () => {
    const items = Array.from({ length: 12 }, (_, i) => i);
    expect(pageCount(12, 5)).toBe(3);
    expect(pageOf(items, 3, 5)).toEqual({ number: 3, count: 3, items: [10, 11], first: 10, total: 12 });
    expect(pageOf([], 1, 5)).toEqual({ number: 1, count: 1, items: [], first: 0, total: 0 });
    const siteRoot = `${import.meta.dirname}/..`;
    expect(readSiteOptions({}, '/', siteRoot).pageSize).toBe(DEFAULT_PAGE_SIZE);
    expect(readSiteOptions({ ROLLBOOK_PAGE_SIZE: '7' }, '/', siteRoot).pageSize).toBe(7);
    for (const bad of ['0', '2.5', 'ten']) {
      expect(() => readSiteOptions({ ROLLBOOK_PAGE_SIZE: bad }, '/', siteRoot)).toThrow('ROLLBOOK_PAGE_SIZE');
    }
  });

  test('a list page shows its run of rows, the one-page version every row; both count the numbered pages', () => {
    const items = Array.from({ length: 12 }, (_, i) => i);
    expect(listPage(items, 2, 5)).toEqual(pageOf(items, 2, 5));
    expect(listPage(items, 'all', 5)).toEqual({ number: 1, count: 3, items, first: 0, total: 12 });
    expect(listPage([], 'all', 5)).toEqual({ number: 1, count: 1, items: [], first: 0, total: 0 });
    // The routes: every page after the first, then the one-page version.
    expect(laterPagePaths(12, 5)).toEqual([
      { params: { page: '2' }, props: { page: 2 } },
      { params: { page: '3' }, props: { page: 3 } },
      { params: { page: 'all' }, props: { page: 'all' } },
    ]);
    expect(laterPagePaths(0, 5)).toEqual([{ params: { page: 'all' }, props: { page: 'all' } }]);
  });

  test("a list's filters, table, button and pager name each other by the list's name", () => {
    const href = (page: number | 'all') => `/lessons/page/${page}/`;
    const shown = listPage(
      Array.from({ length: 12 }, (_, i) => i),
      3,
      5,
    );
    const filters = [{ key: 'service', label: 'Service', options: [{ value: 'web', label: 'web', count: 2 }] }];
    const controls = listControls({ name: 'lesson', noun: 'lessons', page: 3, shown, pageSize: 5, filters, href });
    expect(controls).toEqual({
      table: 'lesson-table',
      more: 'lesson-table-more',
      filters: {
        id: 'lesson-filters',
        label: 'Filter lessons',
        list: 'lesson-table',
        all: '/lessons/page/all/',
        pager: 'lesson-pager',
        noun: 'lessons',
        total: 12,
        pageSize: 5,
        filters,
      },
      pager: {
        id: 'lesson-pager',
        label: 'Pages of lessons',
        noun: 'lessons',
        page: 3,
        count: 3,
        total: 12,
        first: 10,
        shown: 2,
        href,
      },
    });
  });
});
