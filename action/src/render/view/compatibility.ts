// Compatibility: breaking or not, how versions mix, the tiered deprecation and data migrations.
import type { Migration, RolloutPlan } from '../../plan/schema.ts';
import type { CellMd, TextMd } from '../../text/brands.ts';
import { cell, code, codeCell, md, optionalText, text } from './format.ts';
import type { CompatibilityView, MigrationView } from './types.ts';

/** "kept for 30d: Encrypted snapshot …" or null without a backup. */
export function backupSentence(migration: Migration): TextMd | null {
  if (!migration.backup) return null;
  return md<TextMd>`kept for ${text(migration.backup.keepFor)}: ${text(migration.backup.what)}`;
}

function migrationView(migration: Migration): MigrationView {
  return {
    id: code(migration.id),
    description: text(migration.description),
    throttle: optionalText(migration.throttle),
    backup: backupSentence(migration),
    mixedState: optionalText(migration.mixedState),
    verify: optionalText(migration.verify),
  };
}

export function compatibilityView(plan: RolloutPlan): CompatibilityView {
  const { compatibility } = plan;
  return {
    breaking: compatibility.breaking === true,
    mixedVersions: optionalText(compatibility.mixedVersions),
    deprecation: (compatibility.deprecation ?? []).map((stage) => ({
      stage: cell(stage.stage),
      description: cell(stage.description),
      // A stage carried out in another repository says so: its plan is not among these runbooks.
      plan:
        stage.plan !== undefined && stage.repository !== undefined
          ? (`${codeCell(stage.plan)} in ${codeCell(stage.repository)}` as CellMd)
          : codeCell(stage.plan),
      status: cell(stage.status),
    })),
    migrations: (compatibility.migrations ?? []).map(migrationView),
  };
}
