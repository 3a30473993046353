// Links from a rendered file to a lesson. Lesson files are addressed by their repository path;
// a runbook at playbooks/runbooks/x.md links to ../lessons/L-….md.
import { posix } from 'node:path';
import type { LessonRef } from './parse.ts';

/** For MatchOptions.href: the lesson's path relative to the directory of `outputFile` (both repo-relative). */
export function hrefFrom(outputFile: string): (ref: LessonRef) => string {
  const dir = posix.dirname(outputFile.split('\\').join('/'));
  return (ref) => posix.relative(dir, ref.file.split('\\').join('/'));
}
