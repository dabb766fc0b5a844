import type { Octokit } from '@octokit/core';
import { withCallContext } from './github-call-error.js';
import { describeTarget, type PullRequestTarget } from './pull-request-target.js';
import { readPullRequestEvent, type PullRequestEvent } from './read-pull-request-event.js';

/** An open pull request as GitHub has it now, read into the same shape as its webhook payload. */
export interface CurrentPullRequest extends PullRequestEvent {
  /** `open` or `closed`. */
  readonly state: string;
}

/**
 * The pull request as it is now (one request). Webhooks can arrive late and out of order; this
 * tells the head a check must be about, and gives a re-run what its payload lacks (title,
 * description, labels).
 */
export async function readPullRequest({
  octokit,
  target,
}: {
  octokit: Octokit;
  target: Pick<PullRequestTarget, 'owner' | 'repo' | 'pullNumber'>;
}): Promise<CurrentPullRequest> {
  const { owner, repo, pullNumber } = target;
  const { data } = await withCallContext({
    action: `read pull request ${describeTarget(target)}`,
    call: `GET /repos/${owner}/${repo}/pulls/${pullNumber}`,
    run: () => octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { owner, repo, pull_number: pullNumber }),
  });
  return { ...readPullRequestEvent({ pull_request: data }), state: data.state };
}
