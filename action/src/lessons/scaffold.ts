// The lesson `rollbook lesson new` writes: every field present with a prompt to replace, one
// guard that matches nothing yet, and a story outline. It validates as written, so the author
// edits a working lesson instead of fighting the schema from an empty file.
import { idSlug } from '../text/slug.ts';
import type { Trigger } from './schema.ts';

export interface LessonSeed {
  id: string;
  title: string;
  date: string;
  trigger: Trigger;
}

const MAX_SLUG_CHARS = 40;

/**
 * `Thread exhaustion, no alert` → `thread-exhaustion-no-alert`. A longer title is cut after its
 * last whole word that fits (`…-every-region-at`, not `…-every-region-at-on`), unless that would
 * keep less than half of the room.
 */
export function slugify(text: string): string {
  const slug = idSlug(text);
  if (slug.length <= MAX_SLUG_CHARS) return slug;
  const cut = slug.slice(0, MAX_SLUG_CHARS + 1);
  const lastBreak = cut.lastIndexOf('-');
  return (lastBreak >= MAX_SLUG_CHARS / 2 ? cut.slice(0, lastBreak) : cut.slice(0, MAX_SLUG_CHARS)).replace(/-+$/, '');
}

/** YAML double-quoted string, so any title is safe to write. */
function quoted(text: string): string {
  return JSON.stringify(text);
}

export function scaffoldLesson(seed: LessonSeed): string {
  return `---
id: ${seed.id}
title: ${quoted(seed.title)}
date: ${seed.date}
severity: sev2
trigger: ${seed.trigger}
contributingFactors:
  - What made the incident possible, one factor per line.
detection:
  how: How the incident was noticed, and by whom.
  sooner: What would have shown it sooner (an alert, a metric, a canary).
timeToMitigate: 1h
services: []
tags: []
links: []
guards:
  # What every matching rollout must do from now on. Exactly one of checklist, gate, freeze
  # or raise per guard; see docs/lessons.md. This one matches no plan until you edit match.
  # Match facts where you can (breaking: true, migrations: true, irreversible: true,
  # audienceUnits, stepKinds, strategies): a plan cannot forget them the way it can a tag.
  - id: first-guard
    match: {tags: [replace-with-a-plan-tag]}
    checklist: The check that would have caught this incident before it reached users.
---

## What happened

Tell the story in a few paragraphs: what changed, what broke, who noticed.

## Why it was not caught

## What changes in future rollouts
`;
}
