import type { Octokit } from '@octokit/core';
import type { GitHubEvaluation } from '../github/evaluate-on-github.js';
import { publishPullRequestFeedback, type WriteOutcome } from '../github/publish-pull-request-feedback.js';
import { describeTarget } from '../github/pull-request-target.js';
import type { PullRequestEvent } from '../github/read-pull-request-event.js';
import type { StickyCommentAction } from '../github/upsert-sticky-comment.js';
import { githubLogOf, type AppLogger } from './app-context.js';
import { serverUrlOf } from './server-url.js';

/** Why the sticky comment was not written, when it was not. */
export const COMMENT_SKIPS = ['disabled-by-config', 'stale-head'] as const;
export type CommentSkip = (typeof COMMENT_SKIPS)[number];

/** What happened to the sticky comment. */
export type CommentOutcome = WriteOutcome<StickyCommentAction> | { readonly status: CommentSkip };

/**
 * Writes the sticky comment and the changelog suggestion (the Action's code), unless the config
 * turns them off or the pull request has moved on to a newer head, whose own event writes them.
 */
export const writeComment = async ({
  octokit,
  event,
  evaluation,
  currentHead,
  log,
}: {
  octokit: Octokit;
  event: PullRequestEvent;
  evaluation: GitHubEvaluation;
  currentHead: string;
  log: AppLogger;
}): Promise<CommentOutcome> => {
  const { target } = event;
  if (currentHead !== target.headSha) {
    log.info(
      `${describeTarget(target)} moved on to ${currentHead} while ${target.headSha} was checked; the comment is left to the newer head.`,
    );
    return { status: 'stale-head' };
  }
  if (!(evaluation.config?.comment ?? true)) {
    log.info(`${describeTarget(target)}: no comment written (the config sets \`comment: false\`).`);
    return { status: 'disabled-by-config' };
  }
  const { comment } = await publishPullRequestFeedback({
    octokit,
    target,
    head: event.head,
    evaluation,
    serverUrl: serverUrlOf(event.pullRequest.url),
    write: true,
    log: githubLogOf(log),
  });
  if (comment.status === 'refused') {
    log.warn(`The comment on ${describeTarget(target)} was refused: ${comment.detail ?? 'GitHub refused it.'}`);
  }
  return comment;
};
