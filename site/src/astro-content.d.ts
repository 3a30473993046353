// The part of Astro's `astro:content` module that the site's .ts files use (the endpoints under
// pages/ that write calendar files). Astro generates the full declarations into site/.astro
// during a build; tsc checks the .ts files without them, so they are declared here, typed by
// what the loaders (lib/*-loader.ts) store.
declare module 'astro:content' {
  export function getCollection(
    collection: 'plans',
  ): Promise<{ id: string; data: import('./lib/types.ts').PlanEntry }[]>;
  export function getCollection(
    collection: 'lessons',
  ): Promise<{ id: string; data: import('./lib/types.ts').LessonEntry }[]>;
}
