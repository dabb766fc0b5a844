import type { Octokit } from '@octokit/core';
import { withCallContext } from './github-call-error.js';
import type { PullRequestTarget } from './pull-request-target.js';

/**
 * The merge base of the pull request: the commit GitHub diffs the head against (a three-dot
 * comparison), so the "before" side of every patch. The base branch's tip is not it once the base
 * branch has moved on.
 */
export async function findMergeBase({
  octokit,
  target,
}: {
  octokit: Octokit;
  target: Pick<PullRequestTarget, 'owner' | 'repo' | 'baseSha' | 'headSha'>;
}): Promise<string> {
  const { owner, repo, baseSha, headSha } = target;
  const basehead = `${baseSha}...${headSha}`;
  const comparison = await withCallContext({
    action: `find the merge base of ${basehead}`,
    call: `GET /repos/${owner}/${repo}/compare/${basehead}?per_page=1`,
    // One commit per page: only the merge base is needed, not the commit list.
    run: () => octokit.request('GET /repos/{owner}/{repo}/compare/{basehead}', { owner, repo, basehead, per_page: 1 }),
  });
  return comparison.data.merge_base_commit.sha;
}

/** Finds the merge base on first use only, then answers from memory. */
export function mergeBaseResolver({
  octokit,
  target,
}: {
  octokit: Octokit;
  target: Pick<PullRequestTarget, 'owner' | 'repo' | 'baseSha' | 'headSha'>;
}): () => Promise<string> {
  let mergeBase: Promise<string> | undefined;
  return () => (mergeBase ??= findMergeBase({ octokit, target }));
}
