// The string formats GitHub's description uses, checked as strictly as GitHub's own payloads
// allow (no ajv-formats in the tree; these six are all the spec needs).
import type { Format } from 'ajv';

/** RFC 3339 date-time as GitHub writes it: `2024-05-01T12:00:00Z`, fractions and offsets allowed. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const EMAIL = /^[^\s@]+@[^\s@]+$/;
const REPO_NWO = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;

/** Format name -> check, as Ajv's `addFormat` takes them and the compiled checks call them. */
export const GITHUB_FORMATS: Readonly<Record<string, Format>> = {
  'date-time': (text: string) => DATE_TIME.test(text) && !Number.isNaN(Date.parse(text)),
  date: (text: string) => DATE.test(text) && !Number.isNaN(Date.parse(text)),
  email: EMAIL,
  uri: (text: string) => URL.canParse(text),
  // `owner/name`, the head repository of POST /pulls.
  'repo.nwo': REPO_NWO,
  // RFC 6570 templates such as `https://api.github.com/users/octocat/following{/other_user}`
  'uri-template': (text: string) => URL.canParse(text.replace(/\{[^}]*\}/g, '')),
};
