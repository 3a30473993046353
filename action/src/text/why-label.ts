// The one line that says which lesson asked for a guard, wherever guards are listed (runbooks,
// checklist issues, gate reports): `L-… — title`, and for a lesson another repository shares,
// the ref and commit it was read at, so a reader knows exactly which version guarded the plan
// (docs/adr/0049-shared-lessons.md). Here, not in lessons/, because every renderer needs it.

/** Hex digits of a commit shown next to a shared guard: enough to find it, short enough to read. */
export const SHORT_COMMIT = 12;

/** Where a shared lesson was read. */
export interface WhySource {
  repository: string;
  ref: string;
  commit: string;
}

/**
 * `acme/lessons at v3, commit 0123456789ab`. Not `acme/lessons@v3`: Markdown renderers break every
 * `@word` so it cannot ping anyone, and the ref would read `@​v3`.
 */
export function describeOrigin(source: WhySource): string {
  return `${source.repository} at ${source.ref}, commit ${source.commit.slice(0, SHORT_COMMIT)}`;
}

/** Raw text; every renderer escapes it for its own output. */
export function whyLabel(why: { lessonId: string; title: string; source?: WhySource }): string {
  const label = `${why.lessonId} — ${why.title}`;
  return why.source ? `${label} (${describeOrigin(why.source)})` : label;
}
