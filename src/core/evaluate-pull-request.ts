import { classifyFiles, pathsOf, type Classification } from './classify/classify-files.js';
import { contentCandidates, triggerByContent } from './classify/trigger-by-content.js';
import { buildChangelogEntry } from './changelog/build-changelog-entry.js';
import { codeSpan } from './changelog/code-span.js';
import { parsePatch } from './diff/parse-patch.js';
import { reviewDocs } from './docs-review/review-docs.js';
import { DEFAULT_READ_BUDGET, inspectFile, refuseReads } from './inspect/index.js';
import { checkRequirements } from './requirements/check-requirements.js';
import { hasContentChange } from './requirements/has-content-change.js';
import { lazyBaseFiles } from './requirements/lazy-base-files.js';
import { findSkipReason } from './skip.js';
import type {
  Change,
  ChangedFile,
  Config,
  ConfigProblem,
  ContentSource,
  Mode,
  PullRequestInfo,
  Report,
  Verdict,
} from './types.js';

/**
 * Files inspected at once: inspection may read contents through the door (one request each),
 * so a bounded burst keeps large PRs fast without tripping GitHub's secondary rate limits.
 */
const INSPECT_CONCURRENCY = 8;

/** Where a changelog is looked for when no config could be read (Keep a Changelog's name). */
const DEFAULT_CHANGELOG_PATH = 'CHANGELOG.md';

const normalizePath = (path: string): string => path.replace(/^\.?\//, '');

/** Every file that triggered an area, once, in diff order. */
function triggeringFiles(classification: Classification): ChangedFile[] {
  return [...new Set(classification.areas.flatMap((area) => area.files))];
}

/**
 * Inspects each file once. Each patch is parsed just before its file is inspected and dropped
 * after: the parsed lines of a large PR are never all in memory at once. Only the first
 * `readBudget` files (in diff order, so the same files on every push) may read contents; the
 * others are judged from their patch, and `unread` counts those that wanted more.
 */
async function inspectFiles({
  files,
  source,
  readBudget,
}: {
  readonly files: readonly ChangedFile[];
  readonly source: ContentSource;
  readonly readBudget: number;
}): Promise<{ found: Map<ChangedFile, readonly Change[]>; unread: number }> {
  const found = new Map<ChangedFile, readonly Change[]>();
  let unread = 0;
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const index = next++;
      const file = files[index] as ChangedFile;
      try {
        const patch = file.patch === undefined ? undefined : parsePatch(file.patch);
        const refusing = index < readBudget ? undefined : refuseReads(source);
        found.set(file, await inspectFile({ file, patch, source: refusing ?? source }));
        if (refusing?.refused() === true) unread += 1;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new Error(`Could not inspect ${file.path}: ${message}`, { cause: error });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(INSPECT_CONCURRENCY, files.length) }, worker));
  return { found, unread };
}

/**
 * What changed in each area, and which areas the files trigger once their content is known: the
 * classification by path, plus the files an area takes only when their inspection finds the
 * right kind of change.
 */
async function inspectAreas({
  byPath,
  config,
  source,
  readBudget,
}: {
  readonly byPath: Classification;
  readonly config: Config;
  readonly source: ContentSource;
  readonly readBudget: number;
}): Promise<{ classification: Classification; changes: Map<string, Change[]>; notices: string[] }> {
  const candidates = contentCandidates({ classification: byPath, areas: config.areas });
  const files = [...triggeringFiles(byPath), ...candidates.keys()];
  const { found, unread } = await inspectFiles({ files, source, readBudget });
  const { classification, byArea } = triggerByContent({
    classification: byPath,
    candidates,
    inspected: found,
    areas: config.areas,
  });
  const notices =
    unread === 0
      ? []
      : [
          `${unread} of the ${files.length} inspected files were judged from their patch alone: contents are read for the first ${readBudget} files of a pull request.`,
        ];
  return { classification, changes: byArea, notices };
}

function decideVerdict({ skipReason, missing, mode }: { skipReason?: string; missing: number; mode: Mode }): Verdict {
  if (skipReason !== undefined) return 'skipped';
  if (missing === 0) return 'pass';
  return mode;
}

function configChangeNotices({ files, configPath }: { files: readonly ChangedFile[]; configPath?: string }): string[] {
  if (configPath === undefined) return [];
  const target = normalizePath(configPath);
  if (!files.some((file) => pathsOf(file).includes(target))) return [];
  return [
    `This pull request changes ${codeSpan(target)}: the check uses the base branch's config, so the change applies after merge.`,
  ];
}

/**
 * Judges a pull request: is it skipped, which areas did it touch, what changed in them, which
 * docs and changelog entry does it still owe, whether its docs cover the change (doc findings;
 * blocking for `strict` areas), and what entry to paste. Pure apart from the reads
 * `source` performs. `configPath` is the config file's path, to tell a PR that edits it that the
 * edit applies after merge. `changelog.required` in the report says whether this PR owes an
 * entry (the config requires one and an area triggered), not just the config's setting.
 */
export async function evaluatePullRequest({
  files,
  pullRequest,
  config,
  source,
  configPath,
  readBudget = DEFAULT_READ_BUDGET,
}: {
  readonly files: readonly ChangedFile[];
  readonly pullRequest: PullRequestInfo;
  readonly config: Config;
  readonly source: ContentSource;
  readonly configPath?: string;
  /** Files whose contents inspection may read (each read may be a request); see DEFAULT_READ_BUDGET. */
  readonly readBudget?: number;
}): Promise<Report> {
  const skipReason = findSkipReason({ pullRequest, config });
  const byPath = classifyFiles({ files, config });
  const notices = configChangeNotices({ files, configPath });
  const stats = { files: files.length, ignored: byPath.ignored.length, docs: byPath.docs.length };
  const changelogPath = normalizePath(config.changelog.path);
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
  const inspection = await inspectAreas({ byPath, config, source, readBudget });
  const { classification, changes } = inspection;
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
    changelog: { path: DEFAULT_CHANGELOG_PATH, required: false, updated: false, entry: '' },
    configProblems: problems,
    notices: [],
    stats: { files: 0, ignored: 0, docs: 0 },
  };
}
