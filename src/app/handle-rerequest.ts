import type { Octokit } from '@octokit/core';
import { findPullRequestsForCommit } from '../github/find-pull-requests-for-commit.js';
import { CHECK_NAME } from '../github/publish-check-run.js';
import { describeTarget } from '../github/pull-request-target.js';
import { readPullRequest } from '../github/read-pull-request.js';
import type { AppContext, AppLogger } from './app-context.js';
import { checkPullRequest, type PullRequestCheck } from './check-pull-request.js';
import { readRerunRequest, type RerunRequest } from './read-rerun-request.js';

/**
 * The pull requests to re-check: those the payload lists; else the one the check run was
 * created for (its `external_id`); else those GitHub finds for the commit, as for forks, whose
 * pull requests re-run payloads leave out.
 */
const pullNumbersFor = async ({ octokit, request }: { octokit: Octokit; request: RerunRequest }): Promise<readonly number[]> => {
  if (request.pullNumbers.length > 0) return request.pullNumbers;
  if (request.externalPullNumber !== undefined) return [request.externalPullNumber];
  return findPullRequestsForCommit({ octokit, repository: request, sha: request.headSha });
};

const recheck = async ({
  octokit,
  request,
  pullNumber,
  log,
}: {
  octokit: Octokit;
  request: RerunRequest;
  pullNumber: number;
  log: AppLogger;
}): Promise<PullRequestCheck | undefined> => {
  const target = { owner: request.owner, repo: request.repo, pullNumber };
  const current = await readPullRequest({ octokit, target });
  if (current.state !== 'open') {
    log.info(`${describeTarget(target)} is ${current.state}; its check is not run again.`);
    return undefined;
  }
  if (current.target.headSha !== request.headSha) {
    log.info(
      `${describeTarget(target)} is now at ${current.target.headSha}; the re-run asked for ${request.headSha}, ` +
        'an older head, so the check of the current head stands.',
    );
    return undefined;
  }
  return checkPullRequest({ octokit, event: current, log });
};

/**
 * `check_run.rerequested` / `check_suite.rerequested`: judges again each open pull request whose
 * head is the commit, with a new check run. Each pull request is read first, for what a re-run
 * payload lacks (title, description, labels). If one pull request fails, the others are still
 * checked and the first error is rethrown.
 */
export async function handleRerequest(context: AppContext & { readonly name: string }): Promise<PullRequestCheck[]> {
  const request = readRerunRequest({ name: context.name, payload: context.payload });
  const { octokit, log } = context;
  if (request.checkName !== undefined && request.checkName !== CHECK_NAME) {
    log.debug(`Re-run of "${request.checkName}" ignored: this app runs "${CHECK_NAME}".`);
    return [];
  }
  const pullNumbers = await pullNumbersFor({ octokit, request });
  if (pullNumbers.length === 0) {
    log.info(
      `No open pull request of ${request.owner}/${request.repo} has ${request.headSha} as its head; nothing to run again.`,
    );
    return [];
  }
  const checks: PullRequestCheck[] = [];
  const errors: unknown[] = [];
  for (const pullNumber of pullNumbers) {
    try {
      const check = await recheck({ octokit, request, pullNumber, log });
      if (check !== undefined) checks.push(check);
    } catch (error) {
      errors.push(error);
    }
  }
  if (errors.length > 0) throw errors[0];
  return checks;
}
