// The string formats GitHub's description uses, checked as strictly as GitHub's own payloads
// allow (no ajv-formats in the tree; these six are all the spec needs).
import type { Ajv } from 'ajv';

/** RFC 3339 date-time as GitHub writes it: `2024-05-01T12:00:00Z`, fractions and offsets allowed. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const EMAIL = /^[^\s@]+@[^\s@]+$/;
const REPO_NWO = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;

export function addGitHubFormats(ajv: Ajv): void {
  ajv.addFormat('date-time', (text: string) => DATE_TIME.test(text) && !Number.isNaN(Date.parse(text)));
  ajv.addFormat('date', (text: string) => DATE.test(text) && !Number.isNaN(Date.parse(text)));
  ajv.addFormat('email', EMAIL);
  ajv.addFormat('uri', (text: string) => URL.canParse(text));
  // RFC 6570 templates such as `https://api.github.com/users/octocat/following{/other_user}`
  // `owner/name`, the head repository of POST /pulls.
  ajv.addFormat('repo.nwo', REPO_NWO);
  ajv.addFormat('uri-template', (text: string) => URL.canParse(text.replace(/\{[^}]*\}/g, '')));
}
