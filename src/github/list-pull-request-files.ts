import type { Octokit } from '@octokit/core';
import { FILE_STATUSES, isFileStatus, type ChangedFile } from '../core/types.js';
import { collectPages, PER_PAGE } from './collect-pages.js';
import { compareTrees } from './compare-trees.js';
import { mergeBaseResolver } from './find-merge-base.js';
import { withCallContext } from './github-call-error.js';
import { describeTarget, type PullRequestTarget } from './pull-request-target.js';

/** The pull request files API lists at most this many files; the rest are silently left out. */
export const GITHUB_LIST_FILES_LIMIT = 3000;

/** How the files were found, and what the reader must know about it. */
export interface PullRequestFiles {
  readonly files: readonly ChangedFile[];
  readonly method: 'files-api' | 'tree-comparison';
  readonly notices: readonly string[];
}

interface GitHubFile {
  readonly filename: string;
  readonly status: string;
  readonly previous_filename?: string;
  readonly patch?: string;
  readonly additions: number;
  readonly deletions: number;
}

const toChangedFile = (file: GitHubFile): ChangedFile => {
  if (!isFileStatus(file.status)) {
    throw new Error(
      `GitHub listed \`${file.filename}\` with the unknown status "${file.status}" (known: ${FILE_STATUSES.join(', ')}).`,
    );
  }
  return {
    path: file.filename,
    status: file.status,
    ...(file.previous_filename === undefined ? {} : { previousPath: file.previous_filename }),
    ...(file.patch === undefined ? {} : { patch: file.patch }),
    additions: file.additions,
    deletions: file.deletions,
  };
};

const treeNotice = (count: number | undefined): string =>
  `This pull request changes ${count === undefined ? 'at least ' : ''}${(count ?? GITHUB_LIST_FILES_LIMIT).toLocaleString('en-US')} files, ` +
  `more than the ${GITHUB_LIST_FILES_LIMIT.toLocaleString('en-US')} GitHub's files API lists, so its files were found by ` +
  'comparing the trees of the merge base and the head: no patches (content checks read whole files) and renames ' +
  'count as a removal plus an addition.';

/**
 * The pull request's changed files. Up to `GITHUB_LIST_FILES_LIMIT` they come from the files API
 * (100 a page, with patches); beyond it, from a tree comparison with a notice, because the files
 * API would silently drop the rest. `changedFiles` is the payload's `changed_files`; without it a
 * full list of exactly the limit is treated as possibly cut.
 */
export async function listPullRequestFiles({
  octokit,
  target,
  changedFiles,
  mergeBase = mergeBaseResolver({ octokit, target }),
}: {
  octokit: Octokit;
  target: PullRequestTarget;
  changedFiles?: number;
  /** Shared with the content source, so the merge base is looked up once per pull request. */
  mergeBase?: () => Promise<string>;
}): Promise<PullRequestFiles> {
  const viaTrees = async (): Promise<PullRequestFiles> => ({
    files: (await compareTrees({ octokit, target, mergeBase: await mergeBase() })).files,
    method: 'tree-comparison',
    notices: [treeNotice(changedFiles)],
  });
  if (changedFiles !== undefined && changedFiles > GITHUB_LIST_FILES_LIMIT) return viaTrees();
  const { owner, repo, pullNumber } = target;
  const listed = await collectPages<GitHubFile>((page) =>
    withCallContext({
      action: `list the files of pull request ${describeTarget(target)}`,
      call: `GET /repos/${owner}/${repo}/pulls/${pullNumber}/files?per_page=${PER_PAGE}&page=${page}`,
      run: () =>
        octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
          owner,
          repo,
          pull_number: pullNumber,
          per_page: PER_PAGE,
          page,
        }),
    }),
  );
  if (changedFiles === undefined && listed.length >= GITHUB_LIST_FILES_LIMIT) return viaTrees();
  return { files: listed.map(toChangedFile), method: 'files-api', notices: [] };
}
