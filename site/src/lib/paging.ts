// Long lists are cut into pages of a fixed size (ROLLBOOK_PAGE_SIZE, ADR 45): page 1 is the
// list's own page (home, lessons index), pages 2… live under <list>/page/<n>/, and
// <list>/page/all/ holds every row on one page (for reading without JavaScript, and the rows the
// filters search).

export const DEFAULT_PAGE_SIZE = 50;

export interface Page<T> {
  /** 1-based. */
  number: number;
  count: number;
  items: T[];
  /** Index of the first item on the page, 0-based. */
  first: number;
  total: number;
}

export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}

export function pageOf<T>(items: readonly T[], number: number, size: number): Page<T> {
  const first = (number - 1) * size;
  return {
    number,
    count: pageCount(items.length, size),
    items: items.slice(first, first + size),
    first,
    total: items.length,
  };
}

/** The page numbers that get a page of their own beside the list's first page: 2…count. */
export function laterPages(total: number, size: number): number[] {
  return Array.from({ length: pageCount(total, size) - 1 }, (_, i) => i + 2);
}

/**
 * The rows one page of a list shows: page `page` of `size` rows, or on the one-page version
 * ('all') every row. `count` is how many numbered pages the list has, on the one-page version too.
 */
export function listPage<T>(items: readonly T[], page: number | 'all', size: number): Page<T> {
  if (page !== 'all') return pageOf(items, page, size);
  return { ...pageOf(items, 1, Math.max(1, items.length)), count: pageCount(items.length, size) };
}

/** A list page route's props: which page it draws. */
export interface ListPageProps {
  page: number | 'all';
}

/** `getStaticPaths` of a list's `page/[page]` route: its later pages (2…count) and its one-page version. */
export function laterPagePaths(total: number, size: number): { params: { page: string }; props: ListPageProps }[] {
  const pages: (number | 'all')[] = [...laterPages(total, size), 'all'];
  return pages.map((page) => ({ params: { page: String(page) }, props: { page } }));
}
