// Work every page of a build asks for with the same inputs (all plans, all lessons, the start
// day) is done once: the last call's result is kept and returned while the inputs are the same.
// Arrays compare by their elements' identity, since each page's getCollection() returns a new
// array of the same entry objects; a dev server's edits make new entries, hence a new result.

const sameArgument = (a: unknown, b: unknown): boolean =>
  a === b || (Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => item === b[i]));

/** `compute`, remembering its last arguments and result. */
export function lastCallMemo<A extends readonly unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | undefined;
  return (...args: A): R => {
    if (!last || last.args.length !== args.length || !args.every((arg, i) => sameArgument(arg, last!.args[i]))) {
      last = { args, result: compute(...args) };
    }
    return last.result;
  };
}
