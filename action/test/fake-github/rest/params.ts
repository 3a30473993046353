// Small readers for validated request parts, and the `link` header pagination GitHub uses.
import { FakeLimitation } from '../http/errors.ts';
import type { RestReply, RestRequest } from './types.ts';

export const DEFAULT_PER_PAGE = 30;
export const MAX_PER_PAGE = 100;

export function intParam(request: RestRequest, name: string): number {
  return Number(request.params[name]);
}

/** Body fields the fake does not model: fail loudly instead of silently ignoring them. */
export function rejectUnsupported(values: Record<string, unknown>, names: string[], what: string): void {
  for (const name of names) {
    const value = values[name];
    const empty = value === undefined || value === null || (Array.isArray(value) && value.length === 0);
    if (!empty) throw new FakeLimitation(`fake-github does not implement '${name}' for ${what}`);
  }
}

/** Label lists arrive as names or `{ name }` objects. */
export function labelNames(items: unknown): string[] {
  const list = Array.isArray(items) ? items : typeof items === 'string' ? [items] : [];
  return list.map((item) => (typeof item === 'string' ? item : String((item as { name: unknown }).name)));
}

/** One page of `items` with GitHub's `link` header (prev, next, last, first). */
export function paginate<T>(request: RestRequest, items: T[], render: (item: T) => unknown): RestReply {
  const perPage = Math.min(Math.max(Number(request.query.get('per_page') ?? DEFAULT_PER_PAGE), 1), MAX_PER_PAGE);
  const page = Math.max(Number(request.query.get('page') ?? 1), 1);
  const lastPage = Math.max(Math.ceil(items.length / perPage), 1);
  const body = items.slice((page - 1) * perPage, page * perPage).map(render);
  const linkTo = (target: number, rel: string) => {
    const url = new URL(request.url);
    url.searchParams.set('per_page', String(perPage));
    url.searchParams.set('page', String(target));
    return `<${url.href}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page > 1) links.push(linkTo(page - 1, 'prev'));
  if (page < lastPage) links.push(linkTo(page + 1, 'next'), linkTo(lastPage, 'last'));
  if (page > 1) links.push(linkTo(1, 'first'));
  return { status: 200, body, ...(links.length > 0 && { headers: { link: links.join(', ') } }) };
}
