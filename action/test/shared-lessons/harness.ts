// Shared lessons end to end (docs/adr/0049-shared-lessons.md): the fake GitHub serves the
// rollout repository `acme/rollouts` (A, the workspace and GITHUB_REPOSITORY) and the lesson
// repository `acme/incident-lessons` (B), which only the lessons bot may read, as a private
// repository a workflow's GITHUB_TOKEN cannot see.
import { scaffoldPlan } from '../../src/cli/scaffold.ts';
import type { FakeGitHub, FakeGitHubOptions } from '../fake-github/server.ts';
import { BLIND_CANARY_GATE, BLIND_CANARY_ID, blindCanaryLesson, GUARDS } from '../helpers/blind-canary-lesson.ts';

/** Repository A, as the report harness names it. */
export const OWNER = 'acme';
export const REPO = 'rollouts';

export const LESSONS_REPO = 'acme/incident-lessons';
export const LESSONS_BOT = 'lessons-bot[bot]';
/** The token the workflow passes as `lessons-token`: an installation token of the lessons app. */
export const LESSONS_TOKEN = 'ghs_lessons_app_installation_token';
export const LESSON_ID = BLIND_CANARY_ID;
export const LESSON_FILE = `playbooks/lessons/${LESSON_ID}.md`;

export const FAKE_OPTIONS: FakeGitHubOptions = {
  repositories: [
    { owner: OWNER, repo: REPO },
    { owner: 'acme', repo: 'incident-lessons', readers: [LESSONS_BOT] },
  ],
  tokens: { [LESSONS_TOKEN]: LESSONS_BOT },
};

/** A lesson of B: a manual gate on staging, and a checklist item on the canary. */
export function lessonText(gate = BLIND_CANARY_GATE): string {
  return blindCanaryLesson({ services: '[checkout]', guards: [GUARDS.dashboardsLive(gate), GUARDS.canaryDashboard] });
}

/** Puts the lesson (and a README, which is not a lesson) on B's `branch`; returns the commit. */
export function publishLesson(fake: FakeGitHub, text = lessonText(), branch = 'main'): string {
  return fake.repo(LESSONS_REPO).setFiles(branch, {
    [LESSON_FILE]: text,
    'playbooks/lessons/README.md': '# Lessons\n',
    'README.md': '# Incident lessons of acme\n',
  });
}

export function configText(source = `{repository: ${LESSONS_REPO}}`): string {
  return `lessonSources:\n  - ${source}\n`;
}

/** The requests the run made to B, by operation. */
export function lessonReads(fake: FakeGitHub): Record<string, number> {
  const out: Record<string, number> = {};
  for (const entry of fake.log.entries) {
    if (!entry.path.startsWith(`/repos/${LESSONS_REPO}/`) && entry.path !== `/repos/${LESSONS_REPO}`) continue;
    const key = entry.operationId ?? `${entry.method} ${entry.path}`;
    out[key] = (out[key] ?? 0) + 1;
  }
  return out;
}

export function webUrl(fake: FakeGitHub, ref: string): string {
  return `${fake.env().GITHUB_SERVER_URL!.replace(/\/$/, '')}/${LESSONS_REPO}/blob/${ref}/${LESSON_FILE}`;
}

/** A plan that passes every rule (the scaffold's: staging, canary and production), named `name`. */
export function cleanPlan(name = 'checkout-v2'): string {
  return scaffoldPlan(name, 'schema.json');
}
