import type { Octokit } from '@octokit/core';
import { collectPages, PER_PAGE } from './collect-pages.js';
import { createOnce, NO_PLUGIN_RETRY } from './create-once.js';
import { withCallContext } from './github-call-error.js';
import type { GitHubLog } from './github-log.js';
import { describeTarget, type PullRequestTarget } from './pull-request-target.js';

/** A review comment, as far as the suggestions read it. */
export interface ReviewComment {
  readonly id: number | bigint;
  readonly body: string;
  readonly path?: string;
  readonly line?: number | null;
  readonly commit_id: string;
  readonly html_url: string;
}

type Target = Pick<PullRequestTarget, 'owner' | 'repo' | 'pullNumber' | 'headSha'>;

/** The pull request's review comments that carry `marker`: the ones this tool posted. */
export const listMarkedReviewComments = async ({
  octokit,
  target,
  marker,
}: {
  octokit: Octokit;
  target: Target;
  marker: string;
}): Promise<ReviewComment[]> => {
  const { owner, repo, pullNumber } = target;
  const comments = await collectPages<ReviewComment>((page) =>
    withCallContext({
      action: `list the review comments of ${describeTarget(target)}`,
      call: `GET /repos/${owner}/${repo}/pulls/${pullNumber}/comments?per_page=${PER_PAGE}&page=${page}`,
      run: () =>
        octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/comments', {
          owner,
          repo,
          pull_number: pullNumber,
          per_page: PER_PAGE,
          page,
        }),
    }),
  );
  return comments.filter((comment) => comment.body.includes(marker));
};

/**
 * Posts a review comment on a head-side line of the diff, at most once (see `createOnce`: after
 * an ambiguous error, `findExisting` looks for it before the create is tried again).
 */
export async function createReviewComment({
  octokit,
  target,
  comment,
  what,
  action,
  findExisting,
  log,
}: {
  octokit: Octokit;
  target: Target;
  comment: { readonly path: string; readonly line: number; readonly body: string };
  /** What is created, for retry logs: "the changelog suggestion on acme/x#7". */
  what: string;
  /** What the call does, for error messages: "suggest the changelog entry on `CHANGELOG.md` in acme/x#7". */
  action: string;
  findExisting: () => Promise<ReviewComment | undefined>;
  log: GitHubLog;
}): Promise<ReviewComment> {
  const { owner, repo, pullNumber, headSha } = target;
  const { value } = await createOnce<ReviewComment>({
    octokit,
    what,
    log,
    findExisting,
    create: async () =>
      (
        await withCallContext({
          action,
          call: `POST /repos/${owner}/${repo}/pulls/${pullNumber}/comments`,
          run: () =>
            octokit.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/comments', {
              owner,
              repo,
              pull_number: pullNumber,
              commit_id: headSha,
              path: comment.path,
              line: comment.line,
              side: 'RIGHT',
              body: comment.body,
              request: NO_PLUGIN_RETRY,
            }),
        })
      ).data,
  });
  return value;
}
