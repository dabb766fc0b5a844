import type { Octokit } from '@octokit/core';
import { changelogSuggestion, SUGGESTION_MARKER } from './changelog-suggestion.js';
import { SILENT_LOG, type GitHubLog } from './github-log.js';
import { describeTarget, type PullRequestTarget } from './pull-request-target.js';
import { createReviewComment, listMarkedReviewComments, type ReviewComment } from './review-comments.js';

export const SUGGESTION_ACTIONS = ['posted', 'exists', 'no-anchor'] as const;
export type SuggestionAction = (typeof SUGGESTION_ACTIONS)[number];

export interface SuggestionResult {
  readonly action: SuggestionAction;
  readonly url?: string;
}

type Target = Pick<PullRequestTarget, 'owner' | 'repo' | 'pullNumber' | 'headSha'>;

const listSuggestions = ({ octokit, target }: { octokit: Octokit; target: Target }): Promise<ReviewComment[]> =>
  listMarkedReviewComments({ octokit, target, marker: SUGGESTION_MARKER });

/**
 * Proposes the changelog entry as a review comment with a `suggestion` block on the changelog
 * file, which must be in the pull request's diff with a patch. Posted once: not again when a
 * suggestion with the same text exists or one was already posted on this head commit.
 */
export async function postChangelogSuggestion({
  octokit,
  target,
  path,
  patch,
  entry,
  log = SILENT_LOG,
}: {
  octokit: Octokit;
  target: Target;
  /** The changelog file's path at head. */
  path: string;
  /** The changelog file's patch in this pull request. */
  patch: string;
  entry: string;
  log?: GitHubLog;
}): Promise<SuggestionResult> {
  const suggestion = changelogSuggestion({ patch, entry });
  if (suggestion === undefined) return { action: 'no-anchor' };
  const isSame = (comment: ReviewComment): boolean => comment.body === suggestion.body;
  const earlier = await listSuggestions({ octokit, target });
  const posted = earlier.find((comment) => isSame(comment) || comment.commit_id === target.headSha);
  if (posted !== undefined) return { action: 'exists', url: posted.html_url };

  const created = await createReviewComment({
    octokit,
    target,
    comment: { path, line: suggestion.line, body: suggestion.body },
    what: `the changelog suggestion on ${describeTarget(target)}`,
    action: `suggest the changelog entry on \`${path}\` in ${describeTarget(target)}`,
    findExisting: async () => (await listSuggestions({ octokit, target })).find(isSame),
    log,
  });
  return { action: 'posted', url: created.html_url };
}
