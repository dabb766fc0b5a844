import { buildChangelogEntry } from './changelog/build-changelog-entry.js';
import { configChangeNotices } from './config-change-notices.js';
import { reviewDocs } from './docs-review/review-docs.js';
import { type ChangedFiles, inspectAreas } from './inspect-areas.js';
import { DEFAULT_READ_BUDGET } from './inspect/index.js';
import { checkRequirements } from './requirements/check-requirements.js';
import { hasContentChange } from './requirements/has-content-change.js';
import { lazyBaseFiles } from './requirements/lazy-base-files.js';
import { findSkipReason } from './skip.js';
import type { Config, ConfigProblem, ContentSource, Mode, PullRequestInfo, Report, Verdict } from './types.js';
import { repoPath } from './repo-path.js';
import { CONFIG_DEFAULTS } from './config/presets.js';

function decideVerdict({ skipReason, missing, mode }: { skipReason?: string; missing: number; mode: Mode }): Verdict {
  if (skipReason !== undefined) return 'skipped';
  if (missing === 0) return 'pass';
  return mode;
}

/**
 * Judges a pull request: is it skipped, which areas did it touch, what changed in them, which
 * docs and changelog entry does it still owe, whether its docs cover the change (doc findings;
 * blocking for `strict` areas), and what entry to paste. Pure apart from the reads
 * `source` performs. `configPath` is the config file's path, to tell a PR that edits it that the
 * edit applies after merge, and whether the edit is valid (see `configChangeNotices`).
 * `changelog.required` in the report says whether this PR owes an entry (the config requires one
 * and an area triggered), not just the config's setting.
 *
 * `files` may be an async iterable that yields each file while the door is still reading the
 * diff: files are sorted and inspected as they arrive (see `inspectAreas`).
 */
export async function evaluatePullRequest({
  files: changedFiles,
  pullRequest,
  config,
  source,
  configPath,
  readBudget = DEFAULT_READ_BUDGET,
}: {
  readonly files: ChangedFiles;
  readonly pullRequest: PullRequestInfo;
  readonly config: Config;
  readonly source: ContentSource;
  readonly configPath?: string;
  /** Files whose contents inspection may read (each read may be a request); see DEFAULT_READ_BUDGET. */
  readonly readBudget?: number;
}): Promise<Report> {
  const skipReason = findSkipReason({ pullRequest, config });
  const inspection = await inspectAreas({ files: changedFiles, config, source, readBudget, inspect: skipReason === undefined });
  const { files, byPath, classification, changes } = inspection;
  const notices = await configChangeNotices({ files, configPath, source, headRef: pullRequest.headRef });
  const stats = { files: files.length, ignored: byPath.ignored.length, docs: byPath.docs.length };
  const changelogPath = repoPath(config.changelog.path);
  if (skipReason !== undefined) {
    const updated = files.some((file) => file.path === changelogPath && hasContentChange(file));
    return {
      verdict: 'skipped',
      mode: config.mode,
      skipReason,
      skip: config.skip,
      areas: [],
      missing: [],
      changelog: { path: config.changelog.path, required: false, updated, entry: '' },
      configProblems: [],
      notices,
      stats,
    };
  }
  const baseFiles = lazyBaseFiles(source);
  const required = await checkRequirements({ classification, config, source, changes, baseFiles });
  const entry = buildChangelogEntry({ areas: required.areas, pullRequest, files });
  const { areas, missing } = await reviewDocs({
    areas: required.areas,
    missing: required.missing,
    files,
    config,
    source,
    baseFiles,
  });
  const { changelogUpdated } = required;
  return {
    verdict: decideVerdict({ missing: missing.length, mode: config.mode }),
    mode: config.mode,
    skip: config.skip,
    areas,
    missing,
    changelog: {
      path: config.changelog.path,
      required: config.changelog.required && areas.length > 0,
      updated: changelogUpdated,
      entry,
    },
    configProblems: [],
    notices: [...notices, ...inspection.notices],
    stats,
  };
}

/**
 * The report for a config that could not be loaded: a failure that lists the problems, shaped
 * like any other report so every door renders it the same way.
 *
 * @throws Error when `problems` is empty: a failure must say why.
 */
export function configErrorReport({
  problems,
  mode = 'fail',
}: {
  readonly problems: readonly ConfigProblem[];
  readonly mode?: Mode;
}): Report {
  if (problems.length === 0) throw new Error('configErrorReport needs at least one config problem to explain the failure.');
  return {
    verdict: 'fail',
    mode,
    areas: [],
    missing: [],
    // No config could be read: the report names the default changelog.
    changelog: { path: CONFIG_DEFAULTS.changelog.path, required: false, updated: false, entry: '' },
    configProblems: problems,
    notices: [],
    stats: { files: 0, ignored: 0, docs: 0 },
  };
}
