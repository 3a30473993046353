// Expected failures, thrown by state and handlers and turned into GitHub-shaped error bodies.

const DOCS_URL = 'https://docs.github.com/rest';

export interface ValidationFailure {
  resource: string;
  code: 'missing' | 'missing_field' | 'invalid' | 'already_exists' | 'unprocessable' | 'custom';
  field?: string;
  message?: string;
}

/** An answer GitHub itself would give: 404, 410, 422… */
export class GitHubError extends Error {
  readonly status: number;
  readonly errors: ValidationFailure[] | undefined;

  constructor(status: number, message: string, errors?: ValidationFailure[]) {
    super(message);
    this.status = status;
    this.errors = errors;
  }

  toBody(): Record<string, unknown> {
    return {
      message: this.message,
      documentation_url: DOCS_URL,
      status: String(this.status),
      ...(this.errors && { errors: this.errors }),
    };
  }
}

export const notFound = (): GitHubError => new GitHubError(404, 'Not Found');
export const issueDeleted = (): GitHubError => new GitHubError(410, 'This issue was deleted');
export const validationFailed = (failure: ValidationFailure): GitHubError =>
  new GitHubError(422, 'Validation Failed', [failure]);

/**
 * Something GitHub supports that this fake does not (an operation, a filter). Answered 500 and
 * recorded as drift, so a test never passes because the fake silently ignored a parameter.
 */
export class FakeLimitation extends Error {}

export function errorBody(status: number, message: string): Record<string, unknown> {
  return { message, documentation_url: DOCS_URL, status: String(status) };
}
