// Checklist issues: the pure core. Plans in, issue titles, labels and bodies out; issue bodies
// and `issues.edited` events in, ticks, audit trail, sign-off checks and phase states out.
// Only loadChecklistTemplates reads files; nothing here talks to GitHub. See
// docs/checklist-issues.md and docs/adr/0007-state-in-issue-bodies.md.
export {
  type BodyEdit,
  diffTicks,
  editFromIssuesEvent,
  type RecordedEdit,
  recordEdit,
  recordEntries,
  type TickChange,
} from './audit.ts';
export {
  type AcceptedSignoff,
  checkSignoffTicks,
  REPO_PERMISSIONS,
  type RefusalReason,
  type RefusedSignoff,
  type RepoPermission,
  type SignoffCheck,
  type SignoffCheckInput,
  type SignoffDirectory,
  type SignoffPolicy,
  signoffLookups,
} from './authorize.ts';
export { buildParentIssue, type ParentIssueInput } from './build-parent.ts';
export { type BuiltIssue, type BuiltPhaseIssue, buildPhaseIssue, type PhaseIssueInput } from './build-phase.ts';
export { type GateFactsInput, gateFacts } from './gate-facts.ts';
export {
  fullItemId,
  InvalidIdError,
  ITEM_KINDS,
  type ItemKind,
  type ItemRef,
  itemId,
  localItemId,
  parseItemId,
} from './ids.ts';
export {
  activatingStep,
  type ChecklistEntry,
  type EntrySection,
  type GuardInput,
  type GuardWhy,
  phaseEntries,
} from './items.ts';
export * from './limits.ts';
export { type IssueKey, type IssueKind, MARKER_VERSION, readIssueKey } from './markers.ts';
export { isSameBody, type MergeOptions, mergeTicks, normalizeBody, withState } from './merge.ts';
export { type LineRole, type ParsedBody, type ParsedItem, parseIssueBody, type RegionLine } from './parse.ts';
export {
  type BakeStatus,
  derivePhaseState,
  type IssueFacts,
  PHASE_STATES,
  type PhaseStateName,
  type PhaseStateOptions,
  type PhaseStatus,
  type ReleaseEvent,
  type ReleaseWhat,
  type TickRecord,
  type TickSource,
} from './phase-state.ts';
export { TemplateContractError } from './render.ts';
export { deriveRolloutState, type RollbackNotice, type RolloutPhase, type RolloutState } from './rollout-state.ts';
export { DEGRADE_LEVELS, type DegradeLevel, type Fitted, fitBody } from './size.ts';
export {
  type AuditEntry,
  type ChecklistState,
  type CompactedSummary,
  compactLog,
  decodeState,
  emptyState,
  encodeState,
  type TickInfo,
} from './state.ts';
export {
  type IssueSnapshot,
  type IssueSync,
  type PhaseSync,
  type RolloutSync,
  type RolloutSyncInput,
  syncRollout,
} from './sync.ts';
export {
  builtinChecklistTemplateDir,
  type ChecklistTemplates,
  loadChecklistTemplates,
  PARENT_TEMPLATE,
  PHASE_TEMPLATE,
} from './templates.ts';
export { DEFAULT_LABEL_PREFIX, issueLabels, parentIssueTitle, phaseIssueTitle, TITLE_PREFIX } from './titles.ts';
export {
  GHOST_LOGIN,
  type IssueHistory,
  type Revision,
  type VerifiedTicks,
  type VerifyInput,
  verifyIssueHistory,
} from './verify.ts';
