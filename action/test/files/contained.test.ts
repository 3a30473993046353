// Where a path is, read from its text: isInside (the containment test every link check and
// "is this lesson in the lessons directory" asks) and toDisplay (how a path is shown to users).
import { join, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isInside, toDisplay } from '../../src/files/contained.ts';

const ROOT = resolve('/work/repo');

describe('isInside', () => {
  it.each([
    ['the root itself', ROOT, true],
    ['a file in it', join(ROOT, 'x.rollout.yaml'), true],
    ['a file two levels down', join(ROOT, 'playbooks', 'lessons', 'L.md'), true],
    ['a directory whose name starts with two dots', join(ROOT, '..drafts', 'x.rollout.yaml'), true],
    ['a file whose name is three dots', join(ROOT, '...'), true],
    ['the parent', resolve(ROOT, '..'), false],
    ['a sibling', resolve(ROOT, '..', 'other', 'x.rollout.yaml'), false],
    ['a sibling whose name starts with the root’s', `${ROOT}-copy${sep}x.rollout.yaml`, false],
    ['the file-system root', resolve('/'), false],
  ])('%s: %s', (_label, path, inside) => {
    expect(isInside(path, ROOT)).toBe(inside);
  });
});

describe('toDisplay', () => {
  it('shows a path inside the directory relative to it, with forward slashes', () => {
    expect(toDisplay(join(ROOT, 'playbooks', 'checkout.rollout.yaml'), ROOT)).toBe('playbooks/checkout.rollout.yaml');
    expect(toDisplay(join(ROOT, '..drafts', 'x.rollout.yaml'), ROOT)).toBe('..drafts/x.rollout.yaml');
  });

  it('shows a path outside, or the directory itself, in full', () => {
    const outside = resolve(ROOT, '..', 'other', 'x.rollout.yaml');
    expect(toDisplay(outside, ROOT)).toBe(outside.split(sep).join('/'));
    expect(toDisplay(ROOT, ROOT)).toBe(ROOT.split(sep).join('/'));
  });
});
