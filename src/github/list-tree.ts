import type { Octokit } from '@octokit/core';
import { withCallContext } from './github-call-error.js';
import type { PullRequestTarget } from './pull-request-target.js';

/** Raised when GitHub cut a recursive tree short: a partial file list must never pass a check. */
export class TreeTruncatedError extends Error {
  override readonly name = 'TreeTruncatedError';
}

/** Tree entries that are files: blobs (including symlinks) and submodule pointers (`commit`). */
const FILE_ENTRY_TYPES = new Set(['blob', 'commit']);

/**
 * Every file of the repository at `sha` with its object SHA, in one recursive git-trees call
 * (equal SHAs mean equal contents). Throws `TreeTruncatedError` when GitHub truncated the tree,
 * which it does past 100,000 entries or 7 MB.
 */
export async function listTree({
  octokit,
  target,
  sha,
}: {
  octokit: Octokit;
  target: Pick<PullRequestTarget, 'owner' | 'repo'>;
  sha: string;
}): Promise<ReadonlyMap<string, string>> {
  const { owner, repo } = target;
  const response = await withCallContext({
    action: `list the files of ${owner}/${repo} at ${sha}`,
    call: `GET /repos/${owner}/${repo}/git/trees/${sha}?recursive=1`,
    run: () => octokit.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', { owner, repo, tree_sha: sha, recursive: '1' }),
  });
  if (response.data.truncated) {
    throw new TreeTruncatedError(
      `GitHub truncated the file tree of ${owner}/${repo} at ${sha} (it returns at most 100,000 entries or 7 MB in one ` +
        'call), so the files cannot be listed completely. ml-docs-guard fails instead of judging a partial list; ' +
        'split the change into smaller pull requests or check it locally with `ml-docs-guard check`.',
    );
  }
  const files = new Map<string, string>();
  for (const entry of response.data.tree) {
    if (entry.path !== undefined && entry.sha !== undefined && FILE_ENTRY_TYPES.has(entry.type ?? '')) {
      files.set(entry.path, entry.sha);
    }
  }
  return files;
}
