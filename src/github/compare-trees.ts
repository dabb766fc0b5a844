import type { Octokit } from '@octokit/core';
import type { ChangedFile } from '../core/types.js';
import { findMergeBase } from './find-merge-base.js';
import { listTree } from './list-tree.js';
import type { PullRequestTarget } from './pull-request-target.js';

/**
 * The pull request's files found by comparing whole trees: the merge base's (what GitHub diffs a
 * PR against) and the head's. For PRs past the files API's limit. Blob SHAs tell added, removed
 * and modified apart; there are no patches and no rename detection (a rename is a removal plus an
 * addition).
 */
export async function compareTrees({
  octokit,
  target,
  mergeBase,
}: {
  octokit: Octokit;
  target: Pick<PullRequestTarget, 'owner' | 'repo' | 'baseSha' | 'headSha'>;
  /** The merge base, when the caller already knows it. */
  mergeBase?: string;
}): Promise<{ files: ChangedFile[]; mergeBase: string }> {
  const base = mergeBase ?? (await findMergeBase({ octokit, target }));
  const [before, after] = await Promise.all([
    listTree({ octokit, target, sha: base }),
    listTree({ octokit, target, sha: target.headSha }),
  ]);
  const files: ChangedFile[] = [];
  for (const [path, sha] of after) {
    const old = before.get(path);
    if (old === undefined) files.push({ path, status: 'added' });
    else if (old !== sha) files.push({ path, status: 'modified' });
  }
  for (const path of before.keys()) {
    if (!after.has(path)) files.push({ path, status: 'removed' });
  }
  return { files: files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)), mergeBase: base };
}
