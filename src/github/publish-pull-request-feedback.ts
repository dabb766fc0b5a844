import type { Octokit } from '@octokit/core';
import { COMMENT_MARKER } from '../core/report/comment-marker.js';
import { renderMarkdown } from '../core/report/index.js';
import { GITHUB_TEXT_LIMIT } from '../core/report/size-limits.js';
import type { ChangedFile } from '../core/types.js';
import { changelogEditUrl } from './changelog-edit-url.js';
import { entryInPatch } from './changelog-suggestion.js';
import { docSuggestions } from './doc-suggestions.js';
import type { GitHubEvaluation } from './evaluate-on-github.js';
import { isWriteRefused } from './github-call-error.js';
import { SILENT_LOG, type GitHubLog } from './github-log.js';
import { postChangelogSuggestion, type SuggestionAction } from './post-changelog-suggestion.js';
import { postDocSuggestions } from './post-doc-suggestions.js';
import type { HeadBranch, PullRequestTarget } from './pull-request-target.js';
import { upsertStickyComment, type StickyCommentAction } from './upsert-sticky-comment.js';
import { repoPath } from '../core/repo-path.js';

/** What happened to one piece of feedback. `skipped`: writing was off; `refused`: the token may not write. */
export interface WriteOutcome<A extends string> {
  readonly status: A | 'skipped' | 'refused' | 'not-applicable';
  readonly url?: string;
  /** GitHub's answer when refused. */
  readonly detail?: string;
}

export interface PublishedFeedback {
  /** The report as markdown, as commented: doors reuse it for the job summary or check run. */
  readonly markdown: string;
  readonly comment: WriteOutcome<StickyCommentAction>;
  readonly suggestion: WriteOutcome<SuggestionAction>;
  /** One-click fixes of doc lines the PR's diff shows (stale values): `exists` when all were already posted. */
  readonly docSuggestions: WriteOutcome<'posted' | 'exists'>;
}

/** Runs a write; a permission refusal becomes an outcome instead of an error. */
const attempt = async <A extends string>(write: () => Promise<{ action: A; url?: string }>): Promise<WriteOutcome<A>> => {
  try {
    const result = await write();
    return { status: result.action, ...(result.url === undefined ? {} : { url: result.url }) };
  } catch (error) {
    if (isWriteRefused(error)) return { status: 'refused', detail: error.message };
    throw error;
  }
};

const changelogInDiff = (files: readonly ChangedFile[], path: string): ChangedFile | undefined =>
  files.find((file) => file.path === path && file.status !== 'removed' && file.patch !== undefined);

/**
 * Publishes the evaluation on the pull request: the changelog entry as a one-click suggestion
 * when the changelog is in the diff (else a link to GitHub's editor in the report), one-click
 * fixes of stale doc lines the diff shows, then the one sticky report comment. With `write: false` (dry run, comments off) nothing is written and the
 * markdown is still returned. A 403/404 on a write (a read-only token) is reported as `refused`,
 * never thrown: the door still has its summary and its exit code.
 */
export async function publishPullRequestFeedback({
  octokit,
  target,
  head,
  evaluation,
  serverUrl,
  write,
  log = SILENT_LOG,
}: {
  octokit: Octokit;
  target: PullRequestTarget;
  head: HeadBranch;
  evaluation: GitHubEvaluation;
  /** `GITHUB_SERVER_URL`, for links into GitHub's web editor. */
  serverUrl: string;
  write: boolean;
  log?: GitHubLog;
}): Promise<PublishedFeedback> {
  const { report, files, source } = evaluation;
  const { entry } = report.changelog;
  const path = repoPath(report.changelog.path);
  const changelog = changelogInDiff(files, path);

  let suggestion: WriteOutcome<SuggestionAction> = { status: 'not-applicable' };
  if (entry !== '' && changelog?.patch !== undefined && !entryInPatch({ patch: changelog.patch, entry })) {
    const patch = changelog.patch;
    suggestion = write
      ? await attempt(() => postChangelogSuggestion({ octokit, target, path, patch, entry, log }))
      : { status: 'skipped' };
  }
  const fixes = docSuggestions({ report, files });
  let docFixes: WriteOutcome<'posted' | 'exists'> = { status: 'not-applicable' };
  if (fixes.length > 0) {
    docFixes = write
      ? await attempt(async () => ({
          action:
            (await postDocSuggestions({ octokit, target, suggestions: fixes, log })) > 0
              ? ('posted' as const)
              : ('exists' as const),
        }))
      : { status: 'skipped' };
  }
  const suggested = suggestion.status === 'posted' || suggestion.status === 'exists';
  let editChangelogUrl: string | undefined;
  if (entry !== '' && !suggested) {
    const exists = changelog !== undefined || (await source.readFile('head', path)) !== undefined;
    editChangelogUrl = changelogEditUrl({ serverUrl, head, path, exists, entry });
  }

  const rendered = renderMarkdown(report, {
    ...(editChangelogUrl === undefined ? {} : { editChangelogUrl }),
    changelogSuggestionPosted: suggested,
    maxLength: GITHUB_TEXT_LIMIT - COMMENT_MARKER.length - 1,
  });
  const markdown = rendered.includes(COMMENT_MARKER) ? rendered : `${COMMENT_MARKER}\n${rendered}`;
  const comment = write
    ? await attempt(() => upsertStickyComment({ octokit, target, body: markdown, log }))
    : ({ status: 'skipped' } as const);
  return { markdown, comment, suggestion, docSuggestions: docFixes };
}
