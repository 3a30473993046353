// GitHub Actions as far as Rollbook uses it: workflow dispatches, recorded in order. A workflow
// is a file under `.github/workflows/` on the ref it is dispatched on, with a `workflow_dispatch`
// trigger that declares its inputs, as on GitHub.

export interface DispatchRecord {
  /** The workflow's file name (`abort.yml`) as the request gave it. */
  workflow: string;
  ref: string;
  inputs: Record<string, unknown>;
  actor: string;
  runId: number;
  at: string;
}

export class ActionsStore {
  readonly dispatches: DispatchRecord[] = [];
  /**
   * Whether tokens may dispatch (`actions: write`). Off answers 403 "Resource not accessible by
   * integration", as GitHub does for a GITHUB_TOKEN without the permission.
   */
  dispatchAllowed = true;
}
