import type { Octokit } from '@octokit/core';
import { DOC_SUGGESTION_MARKER, type DocSuggestion } from './doc-suggestions.js';
import { SILENT_LOG, type GitHubLog } from './github-log.js';
import { describeTarget, type PullRequestTarget } from './pull-request-target.js';
import { createReviewComment, listMarkedReviewComments, type ReviewComment } from './review-comments.js';

type Target = Pick<PullRequestTarget, 'owner' | 'repo' | 'pullNumber' | 'headSha'>;

const isSame = (comment: ReviewComment, suggestion: DocSuggestion): boolean =>
  comment.path === suggestion.path && comment.body === suggestion.body;

/**
 * Posts each doc fix as a review comment with a `suggestion` block, once: a fix already
 * suggested (same file and text) is not posted again on the next push. One listing of the
 * review comments, then one request per new suggestion. Returns how many were posted.
 */
export async function postDocSuggestions({
  octokit,
  target,
  suggestions,
  log = SILENT_LOG,
}: {
  octokit: Octokit;
  target: Target;
  suggestions: readonly DocSuggestion[];
  log?: GitHubLog;
}): Promise<number> {
  if (suggestions.length === 0) return 0;
  const list = (): Promise<ReviewComment[]> => listMarkedReviewComments({ octokit, target, marker: DOC_SUGGESTION_MARKER });
  const earlier = await list();
  const fresh = suggestions.filter((suggestion) => !earlier.some((comment) => isSame(comment, suggestion)));
  for (const suggestion of fresh) {
    await createReviewComment({
      octokit,
      target,
      comment: suggestion,
      what: `the suggestion on \`${suggestion.path}\` line ${suggestion.line} in ${describeTarget(target)}`,
      action: `suggest a fix on \`${suggestion.path}\` in ${describeTarget(target)}`,
      findExisting: async () => (await list()).find((comment) => isSame(comment, suggestion)),
      log,
    });
  }
  return fresh.length;
}
