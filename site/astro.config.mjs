// The Rollbook playbook site. Every setting comes from ROLLBOOK_* environment variables
// (docs/site.md); they are resolved here once and handed to the loaders and pages.
import { fileURLToPath } from 'node:url';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { exportToEnv, readSiteOptions } from './src/lib/options.ts';

// Offline by default: no telemetry, no npm update check from `astro dev` (both are read after
// this file loads). An explicit setting in the environment wins.
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
process.env.ASTRO_DISABLE_UPDATE_CHECK ??= 'true';

const siteRoot = fileURLToPath(new URL('.', import.meta.url));
const yamlEsBuild = fileURLToPath(new URL('../node_modules/yaml/browser/index.js', import.meta.url));
const options = readSiteOptions(process.env, process.cwd(), siteRoot);
exportToEnv(options);

export default defineConfig({
  site: options.site,
  base: options.base,
  // Directory-style URLs (/plans/x/) work on every static host, GitHub Pages included.
  trailingSlash: 'always',
  // The dev toolbar links out to astro.build; the site must behave the same in dev and offline.
  devToolbar: { enabled: false },
  // `astro dev` and `astro preview` listen on this machine only.
  server: { host: '127.0.0.1' },
  // Tests and benchmarks build in parallel with a developer's build: keep their caches apart.
  cacheDir: process.env.ROLLBOOK_SITE_CACHE_DIR || undefined,
  // The engine parses plans with the `yaml` library's ES build, as the CLI's bundles do (ADR 37):
  // its Node build reads process.env for every token, a measurable share of reading 1,000 plans.
  vite: { resolve: { alias: [{ find: /^yaml$/, replacement: yamlEsBuild }] } },
  integrations: [
    starlight({
      title: 'Rollbook',
      description: 'Rollout plans, runbooks and incident lessons.',
      pagefind: true,
      customCss: ['./src/styles/site.css'],
      components: { Head: './src/components/Head.astro' },
      ...(options.editUrl ? { editLink: { baseUrl: options.editUrl } } : {}),
      sidebar: [
        { label: 'Plans', link: '/' },
        { label: 'Lessons', link: '/lessons/' },
        { label: 'Lint rules', link: '/rules/' },
        // The organisation portfolio exists only when a portfolio file is given (ROLLBOOK_PORTFOLIO).
        ...(options.portfolioFile ? [{ label: 'Portfolio', link: '/portfolio/' }] : []),
        { label: 'Reading this site', link: '/guide/' },
      ],
    }),
  ],
});
