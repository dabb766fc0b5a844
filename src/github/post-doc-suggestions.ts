import type { Octokit } from '@octokit/core';
import { createOnce, NO_PLUGIN_RETRY } from './create-once.js';
import { DOC_SUGGESTION_MARKER, type DocSuggestion } from './doc-suggestions.js';
import { withCallContext } from './github-call-error.js';
import { SILENT_LOG, type GitHubLog } from './github-log.js';
import { listMarkedReviewComments, type ReviewComment } from './post-changelog-suggestion.js';
import { describeTarget, type PullRequestTarget } from './pull-request-target.js';

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
  const { owner, repo, pullNumber, headSha } = target;
  for (const suggestion of fresh) {
    await createOnce<ReviewComment>({
      octokit,
      what: `the suggestion on \`${suggestion.path}\` line ${suggestion.line} in ${describeTarget(target)}`,
      log,
      findExisting: async () => (await list()).find((comment) => isSame(comment, suggestion)),
      create: async () =>
        (
          await withCallContext({
            action: `suggest a fix on \`${suggestion.path}\` in ${describeTarget(target)}`,
            call: `POST /repos/${owner}/${repo}/pulls/${pullNumber}/comments`,
            run: () =>
              octokit.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/comments', {
                owner,
                repo,
                pull_number: pullNumber,
                commit_id: headSha,
                path: suggestion.path,
                line: suggestion.line,
                side: 'RIGHT',
                body: suggestion.body,
                request: NO_PLUGIN_RETRY,
              }),
          })
        ).data,
    });
  }
  return fresh.length;
}
