// `rollbook status`: each plan's current phase and state, read from its checklist issues on
// GitHub, as a table or as the JSON file the site's home page reads (docs/site.md). The
// derivation is pure (rollout-status/); this file is the I/O around it: options, plans, one batched
// issue read, output.
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ReviewOutcome } from '../../checklist/completion.ts';
import type { ChecklistState } from '../../checklist/state-block.ts';
import { issueLabels } from '../../checklist/titles.ts';
import { loadConfig } from '../../config/load.ts';
import { countBySeverity } from '../../diagnostics/diagnostic.ts';
import { ANSI, formatDiagnosticText, PLAIN } from '../../diagnostics/format-text.ts';
import { apiBaseUrl, createGitHubClient } from '../../github/client.ts';
import { listComments } from '../../github/comments.ts';
import { errorMessage, isNotFound, isUnreachable } from '../../github/errors.ts';
import type { IssueRecord } from '../../github/issue.ts';
import { readManagedIssues } from '../../github/managed-issues.ts';
import { buildInventory } from '../../github-action/sync/inventory.ts';
import { verifyPhaseIssue } from '../../github-action/verified-issue.ts';
import { postedReview } from '../../kpi-review/read.ts';
import { deriveStatus } from '../../rollout-status/derive.ts';
import { formatStatusJson, formatStatusText } from '../../rollout-status/format.ts';
import { DEFAULT_LABEL_PREFIX } from '../../text/label-prefix.ts';
import { readIssueKey } from '../../text/markers.ts';
import { plural } from '../../text/plural.ts';
import { formatUtcDay } from '../../text/time.ts';
import { checkPlans } from '../../workspace/check-plans.ts';
import { guardedPlans } from '../../workspace/guarded-plans.ts';
import { type Command, EXIT, UsageError } from '../command.ts';
import { actorOption, DEFAULT_ACTION_LOGIN, labelPrefixOption, repoOption } from '../github-options.ts';
import { stderrLogger } from '../logger.ts';
import { readSharedLessons } from '../shared-lessons.ts';
import { notFoundHint, unreachableHint } from '../unreachable-hint.ts';
import { runPortfolio, wantsPortfolio } from './status-portfolio.ts';

export const statusCommand: Command = {
  name: 'status',
  help: `Usage: rollbook status [paths…] --repo owner/name [options]
       rollbook status --org <org> [--topic <topic>] | --repos a/b,c/d  [--out <file>] [options]

Reads the plans (as \`rollbook validate\` does) and the repository's Rollbook checklist issues,
and shows each plan's current phase (the first one not done) and its state: not-started,
in-progress, baking, ready, rolled-back, or done once every phase is done. A plan without
issues yet is not-started in its first phase. When Rollbook's watch has written gate readings
into the current phase's issue, they come along, as of the evaluation that took them. --json
prints the status file the site reads (ROLLBOOK_STATUS, see docs/site.md); --out writes it to a
file. A done plan whose KPIs ask for a review shows it: pending (with its due
date), met or missed, and each KPI's outcome with its measured value beside its baseline and
expectation, as Rollbook's review comment recorded them.

Options:
  --repo <owner/name>     repository of the issues (default $GITHUB_REPOSITORY)
  --json                  print the site's status JSON instead of a table
  --out <file>            write the status JSON to <file>
  --config <file>         configuration file (default ./rollbook.config.yaml if present)
  --label-prefix <text>   label prefix the action was given (default ${DEFAULT_LABEL_PREFIX})
  --actor <login>         the account the action writes as (default ${DEFAULT_ACTION_LOGIN};
                          a GitHub App's is <slug>[bot]). Only its revisions and comments
                          count as Rollbook's own, whoever's token reads them.
  -h, --help              show this help

Portfolio of many repositories (docs/portfolio.md): reads every repository's plans and
checklist issues through batched GraphQL queries and writes one portfolio file
(rollbook/portfolio/v1) for the site's portfolio pages.
  --org <org>             every repository of the organization the token can read
  --topic <topic>         with --org: only its repositories with this topic
  --repos <a/b,c/d>       these repositories
  --out <file>            write the portfolio there (default: print it)
  --cache <file>          sources kept between runs: a repository whose tree is unchanged is not
                          read again (default: beside --out, <file>.cache.json)

Environment: GITHUB_TOKEN (required; read access to issues, and for a portfolio to contents and
metadata), GITHUB_API_URL (default https://api.github.com, for GitHub Enterprise Server).

Exit codes: 0 success, 1 plan errors, the GitHub read failed or a repository of the portfolio
could not be read (the others are still written), 2 bad usage (no token, no repository, missing
path).`,
  options: {
    repo: { type: 'string' },
    json: { type: 'boolean' },
    out: { type: 'string' },
    config: { type: 'string' },
    'label-prefix': { type: 'string' },
    actor: { type: 'string' },
    org: { type: 'string' },
    topic: { type: 'string' },
    repos: { type: 'string' },
    cache: { type: 'string' },
  },
  async run({ values, positionals }, io) {
    const portfolio = wantsPortfolio(values);
    if (portfolio && (values.repo !== undefined || positionals.length > 0 || values.config !== undefined))
      throw new UsageError('--org, --topic and --repos read plans from GitHub: no paths, --repo or --config with them');
    if (!portfolio && values.cache !== undefined) throw new UsageError('--cache is for --org, --topic or --repos');
    const repo = portfolio ? undefined : repoOption(values.repo, io.env);
    const token = io.env.GITHUB_TOKEN;
    if (!token) throw new UsageError('GITHUB_TOKEN is not set: status reads the checklist issues from GitHub');
    const prefix = labelPrefixOption(values['label-prefix']);
    const actor = actorOption(values.actor);
    if (!repo) return runPortfolio(values, io, { token, label: prefix, actor });

    const loaded = await loadConfig(io.cwd, values.config as string | undefined);
    const shared = await readSharedLessons(loaded, io, 'error');
    const checked =
      countBySeverity(loaded.diagnostics).errors === 0
        ? await checkPlans(positionals, {
            cwd: io.cwd,
            config: loaded.config,
            start: formatUtcDay(io.now()),
            ...(shared ? { shared } : {}),
          })
        : undefined;
    const diagnostics = [...loaded.diagnostics, ...(checked?.diagnostics ?? [])];
    const errors = diagnostics.filter((d) => d.severity === 'error');
    if (errors.length > 0) {
      const style = io.color ? ANSI : PLAIN;
      const sources = new Map<string, string>();
      if (loaded.file && loaded.text !== undefined) sources.set(loaded.file, loaded.text);
      for (const p of checked?.plans ?? []) sources.set(p.file, p.text);
      for (const d of errors) io.stderr(`${formatDiagnosticText(d, sources.get(d.file), style)}\n\n`);
      io.stderr(
        `rollbook: ${plural(errors.length, 'error')} above, so no status was read; 'rollbook validate' shows them too\n`,
      );
      return EXIT.problems;
    }
    const plans = guardedPlans(checked!.plans, checked!.lessons);

    let issues: IssueRecord[] = [];
    const proven = new Map<number, ChecklistState>();
    // The body each phase issue had when the action last wrote it: its gate readings are read from it.
    const own = new Map<number, string>();
    const reviews = new Map<string, ReviewOutcome>();
    if (plans.length > 0) {
      const planLabels = plans.map((p) => issueLabels(p.plan.metadata.name, undefined, prefix)[1]!);
      try {
        const log = stderrLogger(io);
        const github = createGitHubClient(token, { baseUrl: apiBaseUrl(io.env), log, pacing: io.pacing });
        const read = await readManagedIssues(github, repo, [prefix, ...planLabels], prefix, log);
        issues = read.issues;
        // Ticks as the edit history proves them, as sync and report count them.
        for (const issue of issues) {
          const key = readIssueKey(issue.body);
          if (key?.kind !== 'phase' || !key.phase) continue;
          const trust = await verifyPhaseIssue(github, repo, issue, { plan: key.plan, phase: key.phase }, actor);
          if (trust.verified) {
            proven.set(issue.number, trust.state);
            own.set(issue.number, trust.ownBody);
          }
        }
        // Completed rollouts with KPIs to review: the review comment on the tracking issue, if posted.
        const first = deriveStatus(plans, issues, io.now(), proven);
        const inventory = buildInventory(issues);
        for (const [name, status] of Object.entries(first.plans)) {
          const parent = inventory.plans.get(name)?.parent;
          if (!status.kpiReview || !parent) continue;
          const posted = postedReview(await listComments(github, repo, parent.number), actor);
          if (posted) reviews.set(name, posted);
        }
      } catch (error) {
        io.stderr(`rollbook: cannot read the checklist issues of ${repo.owner}/${repo.repo}: ${errorMessage(error)}\n`);
        if (isUnreachable(error)) io.stderr(unreachableHint(apiBaseUrl(io.env)));
        else if (isNotFound(error)) io.stderr(notFoundHint(apiBaseUrl(io.env), `${repo.owner}/${repo.repo}`));
        return EXIT.problems;
      }
    }

    const status = deriveStatus(plans, issues, io.now(), proven, reviews, own);
    if (values.out !== undefined) {
      const file = resolve(io.cwd, values.out as string);
      try {
        await writeFile(file, formatStatusJson(status));
      } catch (error) {
        io.stderr(`rollbook: cannot write ${values.out as string}: ${errorMessage(error)}\n`);
        return EXIT.problems;
      }
      io.stdout(`Wrote the status of ${Object.keys(status.plans).length} plan(s) to ${values.out as string}\n`);
    } else {
      io.stdout(values.json ? formatStatusJson(status) : formatStatusText(status));
    }
    return EXIT.ok;
  },
};
