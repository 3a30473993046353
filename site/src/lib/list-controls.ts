// The controls around a long list's table (plans, lessons; ADR 45): its filters (ListFilters),
// the "Show more" button the filters' script reveals, and its pager (Pager). Their ids and labels
// come from the list's name and noun, so each list names them one way: `<name>-filters`,
// `<name>-table` (the table's id), `<name>-table-more` and `<name>-pager`. Pure.
import type { Page } from './paging.ts';
import type { FacetOption } from './plan-list.ts';

/** One filter of a list: a select of the facet's values, matched against the rows' `data-<key>`. */
export interface ListFilter {
  key: string;
  label: string;
  options: FacetOption[];
}

export interface ListControlsInput {
  /** `plan`, `lesson`: the ids' prefix. */
  name: string;
  /** `plans`, `lessons`. */
  noun: string;
  /** 1-based page number, or 'all' on the one-page version. */
  page: number | 'all';
  /** The rows this page shows (paging.ts `listPage`). */
  shown: Page<unknown>;
  pageSize: number;
  filters: ListFilter[];
  href: (page: number | 'all') => string;
}

/** The props of a list's ListFilters and Pager, and the ids of its table and "Show more" button. */
export function listControls({ name, noun, page, shown, pageSize, filters, href }: ListControlsInput) {
  const table = `${name}-table`;
  const pager = `${name}-pager`;
  return {
    table,
    more: `${table}-more`,
    filters: {
      id: `${name}-filters`,
      label: `Filter ${noun}`,
      list: table,
      all: href('all'),
      pager,
      noun,
      total: shown.total,
      pageSize,
      filters,
    },
    pager: {
      id: pager,
      label: `Pages of ${noun}`,
      noun,
      page,
      count: shown.count,
      total: shown.total,
      first: shown.first,
      shown: shown.items.length,
      href,
    },
  };
}
