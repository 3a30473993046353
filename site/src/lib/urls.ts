// Internal links carry the base path (GitHub project pages serve the site under /<repo>/), and
// end with a slash to match `trailingSlash: 'always'`.
export function withBase(base: string, path: string): string {
  const prefix = base === '/' ? '' : base.replace(/\/+$/, '');
  return `${prefix}/${path.replace(/^\/+/, '')}`;
}

export const phaseAnchor = (phaseId: string) => `phase-${phaseId}`;
export const ruleAnchor = (ruleId: string) => `rule-${ruleId}`;

export function sitePaths(base: string) {
  return {
    home: () => withBase(base, '/'),
    /** Page `n` (2…, or 'all' for every plan on one page) of the home page's plan list. */
    plansPage: (n: number | 'all') => withBase(base, n === 1 ? '/' : `/page/${n}/`),
    plan: (name: string) => withBase(base, `/plans/${encodeURIComponent(name)}/`),
    phase: (name: string, phaseId: string) =>
      `${withBase(base, `/plans/${encodeURIComponent(name)}/`)}#${phaseAnchor(phaseId)}`,
    /** The plan's projected phases and freezes as an iCalendar file. */
    planCalendar: (name: string) => withBase(base, `/plans/${encodeURIComponent(name)}.ics`),
    /** Every plan's projected phases and freezes in one iCalendar file, to subscribe to. */
    calendar: () => withBase(base, '/rollouts.ics'),
    lessons: () => withBase(base, '/lessons/'),
    /** Page `n` (2…, or 'all') of the lessons index's table. */
    lessonsPage: (n: number | 'all') => withBase(base, n === 1 ? '/lessons/' : `/lessons/page/${n}/`),
    /** Every lesson of one trigger, severity or service. */
    lessonFacet: (facet: LessonFacetKey, value: string) =>
      withBase(base, `/lessons/${facet}/${encodeURIComponent(value)}/`),
    /** Every lesson, or one trigger's, as an Atom feed. */
    lessonsFeed: (trigger?: string) =>
      withBase(base, trigger ? `/lessons/trigger/${encodeURIComponent(trigger)}.atom` : '/lessons.atom'),
    lesson: (id: string) => withBase(base, `/lessons/${encodeURIComponent(id)}/`),
    rules: () => withBase(base, '/rules/'),
    rule: (id: string) => `${withBase(base, '/rules/')}#${ruleAnchor(id)}`,
  };
}

/** "Edit this file" link for a path relative to the repository root, when an edit URL is configured. */
export function editUrlFor(editUrl: string | undefined, file: string): string | false {
  return editUrl ? `${editUrl}${file.split('/').map(encodeURIComponent).join('/')}` : false;
}

export type LessonFacetKey = 'trigger' | 'severity' | 'service';
