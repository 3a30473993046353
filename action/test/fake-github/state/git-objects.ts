// Git's object model over a commit's flat file map: blobs and trees with the object ids git
// itself computes (`sha1("blob <size>\0<bytes>")`, trees of sorted `<mode> <name>\0<sha>`
// entries), so identical contents give identical tree ids in every repository and branch, as
// on GitHub. Built lazily per commit and kept; GraphQL `object(expression:)` and
// `Commit.tree` read it.
import { createHash } from 'node:crypto';

export const BLOB_MODE = 0o100644;
export const TREE_MODE = 0o40000;

export interface BlobObject {
  type: 'blob';
  oid: string;
  text: string;
  byteSize: number;
}

export interface TreeEntryObject {
  name: string;
  /** Repository-relative path. */
  path: string;
  object: BlobObject | TreeObject;
}

export interface TreeObject {
  type: 'tree';
  oid: string;
  /** Git's order: by name, a directory compared as `name/`. */
  entries: TreeEntryObject[];
}

export function blobObject(text: string): BlobObject {
  const bytes = Buffer.from(text, 'utf8');
  const oid = createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
  return { type: 'blob', oid, text, byteSize: bytes.length };
}

interface Dir {
  files: Map<string, string>;
  dirs: Map<string, Dir>;
}

/** The root tree of a commit's files (`path → text`). */
export function buildTree(files: ReadonlyMap<string, string>): TreeObject {
  const root: Dir = { files: new Map(), dirs: new Map() };
  for (const [path, text] of files) {
    const parts = path.split('/');
    let dir = root;
    for (const part of parts.slice(0, -1)) {
      let next = dir.dirs.get(part);
      if (!next) {
        next = { files: new Map(), dirs: new Map() };
        dir.dirs.set(part, next);
      }
      dir = next;
    }
    dir.files.set(parts.at(-1)!, text);
  }
  return treeOf(root, '');
}

function treeOf(dir: Dir, prefix: string): TreeObject {
  const entries: TreeEntryObject[] = [];
  for (const [name, text] of dir.files) entries.push({ name, path: prefix + name, object: blobObject(text) });
  for (const [name, sub] of dir.dirs)
    entries.push({ name, path: prefix + name, object: treeOf(sub, `${prefix}${name}/`) });
  const sortKey = (e: TreeEntryObject) => (e.object.type === 'tree' ? `${e.name}/` : e.name);
  entries.sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));
  const body = Buffer.concat(
    entries.map((e) =>
      Buffer.concat([
        Buffer.from(`${(e.object.type === 'tree' ? TREE_MODE : BLOB_MODE).toString(8)} ${e.name}\0`),
        Buffer.from(e.object.oid, 'hex'),
      ]),
    ),
  );
  const oid = createHash('sha1').update(`tree ${body.length}\0`).update(body).digest('hex');
  return { type: 'tree', oid, entries };
}

/** The object at `path` ('' for the root) in a tree, if any. */
export function objectAt(root: TreeObject, path: string): BlobObject | TreeObject | undefined {
  let current: BlobObject | TreeObject = root;
  for (const part of path.split('/').filter((p) => p !== '')) {
    if (current.type !== 'tree') return undefined;
    const entry: TreeEntryObject | undefined = current.entries.find((e) => e.name === part);
    if (!entry) return undefined;
    current = entry.object;
  }
  return current;
}
