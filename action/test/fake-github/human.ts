// People using the web UI: they change state directly (no API call, nothing in the request log)
// and each action returns the webhook payload GitHub would deliver, validated against the
// description's `webhook-*` schemas, ready to be written to GITHUB_EVENT_PATH.
import type { DriftError, OpenApiValidator } from './openapi/validator.ts';
import type { RenderContext } from './render/context.ts';
import { renderComment, renderIssue } from './render/issues.ts';
import { renderRepository } from './render/repository.ts';
import { renderLogin } from './render/users.ts';
import type { StateReason } from './state/records.ts';

/** Who acts when a test does not say. */
export const DEFAULT_HUMAN = 'octocat';

export type WebhookPayload = Record<string, unknown> & { action: string };

export class HumanSimulator {
  readonly #ctx: RenderContext;
  readonly #validator: OpenApiValidator;
  readonly #drift: DriftError[];

  constructor(ctx: RenderContext, validator: OpenApiValidator, drift: DriftError[]) {
    this.#ctx = ctx;
    this.#validator = validator;
    this.#drift = drift;
  }

  /** Replaces the body. Event `issues`, action `edited`, with `changes.body.from`. */
  userEditIssue(number: number, newBody: string, login = DEFAULT_HUMAN): WebhookPayload {
    const issues = this.#ctx.state.issues;
    const before = issues.get(number).body ?? '';
    issues.update(number, { body: newBody }, login);
    return this.#issuesEvent('edited', number, login, { changes: { body: { from: before } } });
  }

  /**
   * Ticks (or unticks) the first task-list item whose text contains `taskText`, as clicking the
   * checkbox does. Event `issues`, action `edited`.
   */
  userToggleTask(number: number, taskText: string, checked: boolean, login = DEFAULT_HUMAN): WebhookPayload {
    const body = this.#ctx.state.issues.get(number).body ?? '';
    const lines = body.split('\n');
    const index = lines.findIndex((line) => /^\s*[-*+] \[[ xX]\] /.test(line) && line.includes(taskText));
    if (index < 0) throw new Error(`issue #${number} has no task containing '${taskText}'`);
    lines[index] = lines[index]!.replace(/\[[ xX]\]/, checked ? '[x]' : '[ ]');
    return this.userEditIssue(number, lines.join('\n'), login);
  }

  /**
   * "Delete revision from history" in the edit history menu: the revision keeps its editor and
   * time and loses its text. `newest` counts back from the current body (0, which cannot be
   * deleted). GitHub sends no webhook for it.
   */
  deleteRevision(number: number, newest: number, login = DEFAULT_HUMAN): void {
    this.#ctx.state.issues.deleteRevision(number, newest, login);
  }

  /** Event `issue_comment`, action `created`. */
  userComment(number: number, body: string, login = DEFAULT_HUMAN): WebhookPayload {
    const comment = this.#ctx.state.issues.createComment(number, body, login);
    const payload = {
      action: 'created',
      issue: renderIssue(this.#ctx, this.#ctx.state.issues.get(number)),
      comment: renderComment(this.#ctx, comment),
      ...this.#envelope(login),
    };
    return this.#checked('webhook-issue-comment-created', payload);
  }

  /** Event `issues`, action `closed`. */
  closeIssue(number: number, login = DEFAULT_HUMAN, reason: StateReason = 'completed'): WebhookPayload {
    this.#ctx.state.issues.update(number, { state: 'closed', stateReason: reason }, login);
    return this.#issuesEvent('closed', number, login);
  }

  /** Event `issues`, action `reopened`. */
  reopenIssue(number: number, login = DEFAULT_HUMAN): WebhookPayload {
    this.#ctx.state.issues.update(number, { state: 'open' }, login);
    return this.#issuesEvent('reopened', number, login);
  }

  /** Event `issues`, action `deleted`; afterwards the API answers 410 Gone for the issue. */
  deleteIssue(number: number, login = DEFAULT_HUMAN): WebhookPayload {
    const issue = renderIssue(this.#ctx, this.#ctx.state.issues.get(number));
    this.#ctx.state.issues.delete(number);
    return this.#checked('webhook-issues-deleted', { action: 'deleted', issue, ...this.#envelope(login) });
  }

  #issuesEvent(action: string, number: number, login: string, extra: Record<string, unknown> = {}): WebhookPayload {
    const issue = renderIssue(this.#ctx, this.#ctx.state.issues.get(number));
    return this.#checked(`webhook-issues-${action}`, { action, issue, ...extra, ...this.#envelope(login) });
  }

  #envelope(login: string): Record<string, unknown> {
    return { repository: renderRepository(this.#ctx), sender: renderLogin(this.#ctx, login) };
  }

  /** A payload that fails its schema is the fake's drift, reported like any other. */
  #checked(schema: string, payload: WebhookPayload): WebhookPayload {
    this.#drift.push(...this.#validator.validateComponent(schema, payload, schema));
    return payload;
  }
}
