// Starlight's docs collection (the guide), and plans and lessons, which come
// through Rollbook's engine rather than a second YAML or front-matter reader.
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { defineCollection } from 'astro/content/config';
import { lessonsLoader } from './lib/lessons-loader.ts';
import { plansLoader } from './lib/plans-loader.ts';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  plans: defineCollection({ loader: plansLoader() }),
  lessons: defineCollection({ loader: lessonsLoader() }),
};
