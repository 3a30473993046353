// The `report` command's inputs, read once with the others (see ../inputs.ts). Metric
// credentials are masked in the log as soon as they are read.
import { DEFAULT_HOTFIX_LABEL } from '../../gates/freeze.ts';
import { DEFAULT_TIMEOUT_MS } from '../../gates/providers/index.ts';

export const COMMENT_MODES = ['sticky', 'new'] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];

/** A provider that has not answered after this long never will in a useful time. */
const MAX_METRICS_TIMEOUT_SECONDS = 300;

export interface ReportInputs {
  prometheusUrl?: string;
  prometheusToken?: string;
  /** Workspace-relative JSON file written by an earlier step (json-file provider). */
  metricsFile?: string;
  httpJsonToken?: string;
  /** Origins the http-json token may be sent to; empty: never sent. */
  httpJsonTokenOrigins: string[];
  /** http-json may reach loopback, private, link-local and metadata addresses. */
  httpJsonAllowPrivate: boolean;
  metricsTimeoutMs: number;
  hotfixLabel: string;
  /** `sticky`: one comment per plan, edited in place; `new`: a new comment each change, the old one minimized. */
  commentMode: CommentMode;
}

/** Thrown by the caller's InputError; passed in so this module does not import inputs.ts (a cycle). */
type Fail = (message: string) => never;

export function readReportInputs(
  getInput: (name: string) => string,
  fail: Fail,
  setSecret: (secret: string) => void,
): ReportInputs {
  const prometheusUrl = getInput('prometheus-url') || undefined;
  if (prometheusUrl !== undefined && !isHttpUrl(prometheusUrl))
    fail(`input "prometheus-url" must be an http(s) URL (got "${prometheusUrl}")`);
  const origins = getInput('http-json-token-origins')
    .split(/[\n,]/)
    .map((line) => line.trim())
    .filter(Boolean);
  for (const origin of origins) {
    if (!isHttpUrl(origin) || new URL(origin).origin !== origin.replace(/\/$/, ''))
      fail(`input "http-json-token-origins" must list origins such as https://metrics.example.com (got "${origin}")`);
  }
  const timeoutText = getInput('metrics-timeout') || String(DEFAULT_TIMEOUT_MS / 1000);
  const timeoutSeconds = Number(timeoutText);
  if (!/^\d+(\.\d+)?$/.test(timeoutText) || timeoutSeconds <= 0 || timeoutSeconds > MAX_METRICS_TIMEOUT_SECONDS)
    fail(
      `input "metrics-timeout" must be a number of seconds from 1 to ${MAX_METRICS_TIMEOUT_SECONDS} (got "${timeoutText}")`,
    );
  const allowPrivate = (getInput('http-json-allow-private') || 'false').toLowerCase();
  if (allowPrivate !== 'true' && allowPrivate !== 'false')
    fail(`input "http-json-allow-private" must be true or false (got "${allowPrivate}")`);
  const commentMode = getInput('comment-mode') || 'sticky';
  if (!(COMMENT_MODES as readonly string[]).includes(commentMode))
    fail(`input "comment-mode" must be one of ${COMMENT_MODES.join(', ')} (got "${commentMode}")`);

  const inputs: ReportInputs = {
    httpJsonTokenOrigins: origins.map((o) => new URL(o).origin),
    httpJsonAllowPrivate: allowPrivate === 'true',
    metricsTimeoutMs: Math.round(timeoutSeconds * 1000),
    hotfixLabel: getInput('hotfix-label') || DEFAULT_HOTFIX_LABEL,
    commentMode: commentMode as CommentMode,
  };
  if (prometheusUrl) inputs.prometheusUrl = prometheusUrl;
  const prometheusToken = getInput('prometheus-token');
  if (prometheusToken) {
    setSecret(prometheusToken);
    inputs.prometheusToken = prometheusToken;
  }
  const httpJsonToken = getInput('http-json-token');
  if (httpJsonToken) {
    setSecret(httpJsonToken);
    inputs.httpJsonToken = httpJsonToken;
  }
  const metricsFile = getInput('metrics-file');
  if (metricsFile) inputs.metricsFile = metricsFile;
  return inputs;
}

function isHttpUrl(text: string): boolean {
  if (!/^https?:\/\/\S+$/.test(text)) return false;
  try {
    new URL(text);
    return true;
  } catch {
    return false;
  }
}
