import { readPullRequestEvent } from '../github/read-pull-request-event.js';
import type { AppContext } from './app-context.js';
import { checkPullRequest, type PullRequestCheck } from './check-pull-request.js';

/** A `pull_request` webhook: judge the pull request at the head its payload names. */
export async function handlePullRequest(context: AppContext): Promise<PullRequestCheck> {
  const event = readPullRequestEvent(context.payload);
  return checkPullRequest({ octokit: context.octokit, event, log: context.log });
}
