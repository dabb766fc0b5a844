import type { Octokit } from '@octokit/core';
import { COMMENT_MARKER } from '../core/report/comment-marker.js';
import { GITHUB_TEXT_LIMIT } from '../core/report/size-limits.js';
import { collectPages, PER_PAGE } from './collect-pages.js';
import { createOnce, NO_PLUGIN_RETRY } from './create-once.js';
import { withCallContext } from './github-call-error.js';
import { SILENT_LOG, type GitHubLog } from './github-log.js';
import { describeTarget, type PullRequestTarget } from './pull-request-target.js';

export const STICKY_COMMENT_ACTIONS = ['created', 'updated', 'unchanged'] as const;
export type StickyCommentAction = (typeof STICKY_COMMENT_ACTIONS)[number];

export interface StickyCommentResult {
  readonly action: StickyCommentAction;
  readonly id: number;
  readonly url: string;
}

interface IssueComment {
  readonly id: number | bigint;
  readonly body?: string;
  readonly html_url: string;
}

type Target = Pick<PullRequestTarget, 'owner' | 'repo' | 'pullNumber'>;

/** The first comment of the pull request whose body holds `marker`, or `undefined`. */
export async function findStickyComment({
  octokit,
  target,
  marker = COMMENT_MARKER,
}: {
  octokit: Octokit;
  target: Target;
  marker?: string;
}): Promise<IssueComment | undefined> {
  const { owner, repo, pullNumber } = target;
  const comments = await collectPages<IssueComment>((page) =>
    withCallContext({
      action: `list the comments of ${describeTarget(target)}`,
      call: `GET /repos/${owner}/${repo}/issues/${pullNumber}/comments?per_page=${PER_PAGE}&page=${page}`,
      run: () =>
        octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
          owner,
          repo,
          issue_number: pullNumber,
          per_page: PER_PAGE,
          page,
        }),
    }),
  );
  return comments.find((comment) => comment.body?.includes(marker) === true);
}

/**
 * Keeps exactly one report comment on the pull request: the comment holding the hidden marker is
 * updated in place (left alone when its text is already `body`), and created only when none
 * exists. Found by the marker, never by the author's login, so a change of token or app keeps it.
 */
export async function upsertStickyComment({
  octokit,
  target,
  body,
  marker = COMMENT_MARKER,
  log = SILENT_LOG,
}: {
  octokit: Octokit;
  target: Target;
  body: string;
  marker?: string;
  log?: GitHubLog;
}): Promise<StickyCommentResult> {
  if (!body.includes(marker)) {
    throw new Error(`The sticky comment body must contain the marker ${marker}, or it could never be found again.`);
  }
  if (body.length > GITHUB_TEXT_LIMIT) {
    throw new Error(`The comment is ${body.length} characters; GitHub accepts at most ${GITHUB_TEXT_LIMIT}.`);
  }
  const { owner, repo, pullNumber } = target;
  const update = async (comment: IssueComment): Promise<StickyCommentResult> => {
    if (comment.body === body) return { action: 'unchanged', id: Number(comment.id), url: comment.html_url };
    const { data } = await withCallContext({
      action: `update the ml-docs-guard comment of ${describeTarget(target)}`,
      call: `PATCH /repos/${owner}/${repo}/issues/comments/${comment.id}`,
      run: () =>
        octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
          owner,
          repo,
          comment_id: Number(comment.id),
          body,
        }),
    });
    return { action: 'updated', id: Number(data.id), url: data.html_url };
  };

  const existing = await findStickyComment({ octokit, target, marker });
  if (existing !== undefined) return update(existing);
  const { value, created } = await createOnce<IssueComment>({
    octokit,
    what: `the ml-docs-guard comment of ${describeTarget(target)}`,
    log,
    findExisting: () => findStickyComment({ octokit, target, marker }),
    create: async () =>
      (
        await withCallContext({
          action: `comment on ${describeTarget(target)}`,
          call: `POST /repos/${owner}/${repo}/issues/${pullNumber}/comments`,
          run: () =>
            octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
              owner,
              repo,
              issue_number: pullNumber,
              body,
              request: NO_PLUGIN_RETRY,
            }),
        })
      ).data,
  });
  // Found after a failed create with our very text: that create went through.
  if (created || value.body === body) return { action: 'created', id: Number(value.id), url: value.html_url };
  return update(value);
}
