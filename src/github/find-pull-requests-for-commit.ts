import type { Octokit } from '@octokit/core';
import { withCallContext } from './github-call-error.js';
import type { PullRequestTarget } from './pull-request-target.js';

/** Open pull requests sharing one head commit; far more than a branch ever has. */
const PER_PAGE = 100;

/**
 * Numbers of the open pull requests of `owner/repo` whose head is `sha`. For re-run requests
 * whose payload lists no pull request, as GitHub sends for pull requests from forks.
 */
export async function findPullRequestsForCommit({
  octokit,
  repository,
  sha,
}: {
  octokit: Octokit;
  repository: Pick<PullRequestTarget, 'owner' | 'repo'>;
  sha: string;
}): Promise<number[]> {
  const { owner, repo } = repository;
  const { data } = await withCallContext({
    action: `find the pull requests of commit ${sha}`,
    call: `GET /repos/${owner}/${repo}/commits/${sha}/pulls?per_page=${PER_PAGE}`,
    run: () =>
      octokit.request('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', {
        owner,
        repo,
        commit_sha: sha,
        per_page: PER_PAGE,
      }),
  });
  return data
    .filter((pull) => pull.state === 'open' && pull.head.sha === sha && pull.base.repo.full_name === `${owner}/${repo}`)
    .map((pull) => pull.number);
}
