// The top of a runbook: what the plan is, who owns it, where it lives, and its flags.
import type { Flag, RolloutPlan } from '../../plan/schema.ts';

import { codeSpan } from '../../text/markdown-code.ts';
import { escapeMarkdownInline, joinMd, mention } from '../../text/markdown-inline.ts';
import { markdownLink } from '../../text/markdown-link.ts';
import { cell, codeCell, EMPTY_CELL, mentions, optionalText, titleText } from './format.ts';
import type { FlagRow, PlanHeaderView } from './types.ts';

export function headerView(plan: RolloutPlan, file: string): PlanHeaderView {
  const { metadata } = plan;
  return {
    name: codeSpan(metadata.name),
    title: titleText(metadata.title),
    file: codeSpan(file),
    owners: mentions(metadata.owners),
    // The author is not an owner or approver: named, never pinged.
    author: metadata.author === undefined ? null : escapeMarkdownInline(metadata.author),
    services: joinMd(metadata.services.map(codeSpan)),
    tags: metadata.tags && metadata.tags.length > 0 ? joinMd(metadata.tags.map(codeSpan)) : null,
    links: (metadata.links ?? []).map((link) => ({
      link: markdownLink(link.title, link.url),
      kind: optionalText(link.kind),
    })),
  };
}

export function flagRows(flags: readonly Flag[] | undefined): FlagRow[] {
  return (flags ?? []).map((flag) => ({
    key: codeCell(flag.key),
    default: cell(flag.default ?? 'off'),
    // A flag's owner is an owner: the mention may ping.
    owner: flag.owner === undefined ? EMPTY_CELL : mention(flag.owner),
    system: cell(flag.system),
    description: cell(flag.description),
  }));
}
