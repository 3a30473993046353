// A problem found in a plan or a lesson, at a data path: the one shape cross-reference checks,
// stage checks, lesson checks and policy rules report in, before plan/parse.ts
// `findingToDiagnostic` gives it a file, a line and a column. Types only.
import type { Anchor, DataPath, Within } from './locate.ts';

export interface Finding {
  path: DataPath;
  anchor?: Anchor;
  /** Point at this text inside the value (a placeholder in a query) rather than the whole value. */
  within?: Within;
  code: string;
  message: string;
  expected?: string;
  hint?: string;
  /** Where the first of two that clash is (a duplicate id): its line ends the message. */
  firstAt?: DataPath;
}
