// Heading anchors as GitHub (and markdownlint's MD051) compute them from a heading's text:
// lower case, drop everything but letters, marks, digits, `_`, `-` and spaces, spaces to `-`.
// The same function names the `id`s of headings in the HTML page, so links work in both. And
// the ids Rollbook's files use (plan names, lesson ids, step ids): `idSlug`.
import { singleLine } from './normalize.ts';

const NOT_SLUG = /[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu;

/**
 * `Checkout V2` → `checkout-v2`: lower-case ASCII letters and digits, every other run one dash,
 * none at either end. What an id should be when text is written where one belongs. Linear: the
 * first pass leaves no run of dashes for the second to scan twice.
 */
export function idSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** `idSlug` cut to at most `max` characters, with no dash left at the end. */
export function idSlugWithin(text: string, max: number): string {
  return idSlug(text).slice(0, max).replace(/-+$/, '');
}

/** The anchor of a heading whose rendered text is `text` (before de-duplication). */
export function headingSlug(text: string): string {
  return singleLine(text).toLowerCase().replace(NOT_SLUG, '').replace(/ /g, '-');
}

/** Hands out anchors in document order, suffixing repeats with `-1`, `-2`… as github-slugger does. */
export class SlugCounter {
  readonly #occurrences = new Map<string, number>();

  next(text: string): string {
    const base = headingSlug(text);
    let slug = base;
    while (this.#occurrences.has(slug)) {
      const count = this.#occurrences.get(base)! + 1;
      this.#occurrences.set(base, count);
      slug = `${base}-${count}`;
    }
    this.#occurrences.set(slug, 0);
    return slug;
  }
}
