import type { Octokit } from '@octokit/core';
import { FILE_STATUSES, isFileStatus, type ChangedFile } from '../core/types.js';
import { asyncQueue } from '../core/async-queue.js';
import type { ChangedFiles } from '../core/inspect-areas.js';
import { collectPages, itemsOfPages, PER_PAGE } from './collect-pages.js';
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
  const listed = await collectPages<GitHubFile>(filePages({ octokit, target }));
  if (changedFiles === undefined && listed.length >= GITHUB_LIST_FILES_LIMIT) return viaTrees();
  return { files: listed.map(toChangedFile), method: 'files-api', notices: [] };
}

/** Fetches one page of the files API. */
function filePages({ octokit, target }: { octokit: Octokit; target: PullRequestTarget }) {
  const { owner, repo, pullNumber } = target;
  return (page: number) =>
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
    });
}

/** The changed files as they are listed, and the whole list once it is complete. */
export interface PullRequestFileStream {
  /** Each file as soon as its page has arrived (see `evaluatePullRequest`). */
  readonly files: ChangedFiles;
  /** The complete list; rejects as `files` does when a page cannot be read. */
  readonly listed: Promise<PullRequestFiles>;
}

/**
 * `listPullRequestFiles`, handing each page's files over as soon as it arrives, so the checks
 * (and their content reads) run while the next pages load. Pages are fetched from the call on,
 * one after the other, whether or not `files` is read yet. Only a list known to fit the files API
 * (`changedFiles` at most `GITHUB_LIST_FILES_LIMIT`) is streamed: any other may turn out to need
 * the tree comparison, and is handed over whole.
 */
export function streamPullRequestFiles(input: Parameters<typeof listPullRequestFiles>[0]): PullRequestFileStream {
  const { changedFiles } = input;
  if (changedFiles === undefined || changedFiles > GITHUB_LIST_FILES_LIMIT) {
    const listed = listPullRequestFiles(input);
    listed.catch(() => undefined);
    return { files: filesOf(listed), listed };
  }
  const queue = asyncQueue<ChangedFile>();
  const listed = (async (): Promise<PullRequestFiles> => {
    const files: ChangedFile[] = [];
    try {
      for await (const item of itemsOfPages<GitHubFile>(filePages(input))) {
        const file = toChangedFile(item);
        files.push(file);
        queue.push(file);
      }
    } catch (error) {
      queue.fail(error);
      throw error;
    }
    queue.end();
    return { files, method: 'files-api', notices: [] };
  })();
  // A failure reaches whoever reads `files` or `listed`, who may not be reading yet (in both branches).
  listed.catch(() => undefined);
  return { files: queue, listed };
}

async function* filesOf(listed: Promise<PullRequestFiles>): AsyncGenerator<ChangedFile> {
  yield* (await listed).files;
}
