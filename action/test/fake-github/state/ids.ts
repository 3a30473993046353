// Database ids and global node ids. Node ids follow GitHub's current format (`I_kwDO…`): a type
// prefix and an opaque base64url tail; GraphQL `node(id:)` looks objects up by them.

/** Where database ids start; large enough to look like GitHub's and never collide with issue numbers. */
const FIRST_DATABASE_ID = 1_000_001;

export class IdAllocator {
  #next = FIRST_DATABASE_ID;

  next(): number {
    return this.#next++;
  }
}

export function nodeId(prefix: string, databaseId: number): string {
  return `${prefix}_kwDO${Buffer.from(`rollbook:${databaseId}`).toString('base64url')}`;
}
