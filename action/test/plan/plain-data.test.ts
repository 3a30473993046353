// plainData gives exactly what the library's toJS and the null-prototype reviver give, or
// undefined (then the library converts): checked on every kind of node a plan can hold and on
// the edges where the two could differ.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { scaffoldPlan } from '../../src/cli/scaffold.ts';
import { plainData } from '../../src/plan/plain-data.ts';

/** What yaml-source did before plainData: the library's conversion, then each plain object's prototype dropped. */
function viaLibrary(text: string): unknown {
  return parseDocument(text, { uniqueKeys: false }).toJS({
    maxAliasCount: 100,
    reviver: (_key: unknown, value: unknown) => {
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
        if (Object.getPrototypeOf(value) === Object.prototype) Object.setPrototypeOf(value, null);
      }
      return value;
    },
  });
}

/** Structure, key order, own properties and prototypes, compared exactly. */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return { array: value.map(shape), holes: value.length !== Object.keys(value).length };
  if (typeof value !== 'object' || value === null) return Object.is(value, -0) ? '-0' : value;
  return {
    proto: Object.getPrototypeOf(value) === null ? 'null' : 'other',
    entries: Reflect.ownKeys(value).map((key) => [
      String(key),
      shape((value as Record<string, unknown>)[key as string]),
    ]),
  };
}

const SAME = {
  'a plan': scaffoldPlan('demo', 'schema.json'),
  'scalars of every core type':
    'a: text\nb: 1\nc: 1.5\nd: true\ne: null\nf: ~\ng: .inf\nh: -.inf\ni: .nan\nj: 0x1F\nk: 0o17\nl: -0\nm: 1e3\nn: "quoted"\no: |\n  block\n',
  'keys that are not text': '1: one\ntrue: yes\nnull: nothing\n~: tilde\n1.5: float\n0x10: hex\n',
  'empty keys and values': '? \n: empty key\nb:\nc: []\nd: {}\n',
  'built-in property names': '__proto__: {polluted: true}\nconstructor: c\ntoString: t\nhasOwnProperty: h\n',
  'pairs in a flow list': 'a: [x: 1, y, {z: 2}, w: [3]]\n',
  'nested lists and mappings': 'a:\n  - - 1\n    - {b: [2, {c: 3}]}\n  - d: e\n',
  'an empty document': '',
  'a comment only': '# nothing\n',
  'a scalar document': 'just text\n',
  'a list document': '- 1\n- a: 2\n',
  'unknown tags': 'a: !custom text\nb: !!str 12\nc: !other {x: 1}\n',
  'anchors without aliases': 'a: &x {b: 1}\nc: &y [1]\n',
  'big integers': 'a: 123456789012345678901234567890\n',
};

describe('plainData', () => {
  for (const [name, text] of Object.entries(SAME)) {
    it(`converts ${name} as the library does`, () => {
      const converted = plainData(parseDocument(text, { uniqueKeys: false }));
      expect(converted).toBeDefined();
      expect(shape(converted!.data)).toEqual(shape(viaLibrary(text)));
    });
  }

  it('converts every example plan as the library does', () => {
    const dir = join(import.meta.dirname, '../../../playbooks');
    const files = readdirSync(dir).filter((f) => f.endsWith('.rollout.yaml'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const text = readFileSync(join(dir, file), 'utf8');
      expect(shape(plainData(parseDocument(text, { uniqueKeys: false }))!.data)).toEqual(shape(viaLibrary(text)));
    }
  });

  const LIBRARY = {
    'an alias': 'a: &x {b: 1}\nc: *x\n',
    'an alias as a key': 'a: &k key\n*k : value\n',
    'a mapping as a key': '? {a: 1}\n: value\n',
    'a list as a key': '? [1, 2]\n: value\n',
    'YAML 1.1 (merge keys, dates, sets)': '%YAML 1.1\n---\na: &x {b: 1}\nc:\n  <<: *x\nd: 2001-12-14\n',
  };
  for (const [name, text] of Object.entries(LIBRARY)) {
    it(`leaves ${name} to the library`, () => {
      expect(plainData(parseDocument(text, { uniqueKeys: false }))).toBeUndefined();
    });
  }
});
