import { afterEach, describe, expect, it } from '@jest/globals';
import {
  GITHUB_LIST_FILES_LIMIT,
  listPullRequestFiles,
  streamPullRequestFiles,
} from '../../src/github/list-pull-request-files.js';
import { TreeTruncatedError } from '../../src/github/list-tree.js';
import { startFakeGitHub, type FakeFile, type FakeGitHub } from '../helpers/fake-github.js';
import { clientFor, targetOf } from './github-test-kit.js';

const FILES_ROUTE = 'GET /repos/acme/ml-service/pulls/7/files';
const BASE = 'b'.repeat(40);
const HEAD = 'c'.repeat(40);
const MERGE_BASE = 'a'.repeat(40);

let github: FakeGitHub;
afterEach(async () => github.close());

const modified = (count: number): FakeFile[] =>
  Array.from({ length: count }, (_, index) => ({
    filename: `src/file-${String(index).padStart(4, '0')}.py`,
    status: 'modified',
    patch: '@@ -1 +1 @@\n-a\n+b',
    additions: 1,
    deletions: 1,
  }));

const list = (changedFiles?: number) =>
  listPullRequestFiles({
    octokit: clientFor(github),
    target: targetOf(github),
    ...(changedFiles === undefined ? {} : { changedFiles }),
  });

describe('listPullRequestFiles through the files API', () => {
  const pagings = [
    { files: 3, requests: 1 },
    { files: 100, requests: 1 },
    { files: 200, requests: 2 },
    { files: 250, requests: 3 },
  ];

  it.each(pagings)('$files files take $requests request(s) of 100', async ({ files, requests }) => {
    github = await startFakeGitHub({ files: modified(files) });

    const result = await list(files);

    expect(result.method).toBe('files-api');
    expect(result.notices).toEqual([]);
    expect(result.files.map((file) => file.path)).toEqual(modified(files).map((file) => file.filename));
    expect(github.calls()).toEqual(
      Array.from({ length: requests }, (_, index) => `${FILES_ROUTE}?page=${index + 1}&per_page=100`),
    );
  });

  it('maps GitHub fields to ChangedFile, keeping renames and files without a patch', async () => {
    github = await startFakeGitHub({
      files: [
        { filename: 'params.yaml', status: 'modified', patch: '@@ -1 +1 @@\n-lr: 0.1\n+lr: 0.2', additions: 1, deletions: 1 },
        { filename: 'src/train.py', previous_filename: 'train.py', status: 'renamed', additions: 0, deletions: 0 },
        { filename: 'data/images.bin', status: 'added', additions: 0, deletions: 0 },
      ],
    });

    const { files } = await list(3);

    expect(files).toEqual([
      { path: 'params.yaml', status: 'modified', patch: '@@ -1 +1 @@\n-lr: 0.1\n+lr: 0.2', additions: 1, deletions: 1 },
      { path: 'src/train.py', status: 'renamed', previousPath: 'train.py', additions: 0, deletions: 0 },
      { path: 'data/images.bin', status: 'added', additions: 0, deletions: 0 },
    ]);
  });

  it('rejects a status it does not know instead of guessing', async () => {
    github = await startFakeGitHub({
      files: [{ filename: 'x.py', status: 'teleported' as FakeFile['status'], additions: 0, deletions: 0 }],
    });
    await expect(list(1)).rejects.toThrow('GitHub listed `x.py` with the unknown status "teleported"');
  });
});

describe(`listPullRequestFiles past GitHub's ${GITHUB_LIST_FILES_LIMIT}-file limit`, () => {
  const base = { 'README.md': 'hello\n', 'params.yaml': 'lr: 0.1\n', 'old.py': 'x = 1\n' };
  const head = { 'README.md': 'hello\n', 'params.yaml': 'lr: 0.2\n', 'new.py': 'y = 2\n' };

  it('compares the trees of the merge base and the head, and says so', async () => {
    github = await startFakeGitHub({
      mergeBaseSha: MERGE_BASE,
      files: modified(GITHUB_LIST_FILES_LIMIT),
      snapshots: { [MERGE_BASE]: base, [HEAD]: head },
    });

    const result = await list(GITHUB_LIST_FILES_LIMIT + 1);

    expect(result.method).toBe('tree-comparison');
    expect(result.files).toEqual([
      { path: 'new.py', status: 'added' },
      { path: 'old.py', status: 'removed' },
      { path: 'params.yaml', status: 'modified' },
    ]);
    expect(result.notices).toEqual([
      expect.stringMatching(/^This pull request changes 3,001 files, more than the 3,000 GitHub's files API lists.*no patches/),
    ]);
    expect(github.calls().sort()).toEqual(
      [
        `GET /repos/acme/ml-service/compare/${BASE}...${HEAD}?per_page=1`,
        `GET /repos/acme/ml-service/git/trees/${MERGE_BASE}?recursive=1`,
        `GET /repos/acme/ml-service/git/trees/${HEAD}?recursive=1`,
      ].sort(),
    );
  });

  it('falls back to trees when the count is unknown and the files API list is full', async () => {
    github = await startFakeGitHub({
      files: modified(GITHUB_LIST_FILES_LIMIT + 500),
      snapshots: { [BASE]: base, [HEAD]: head },
    });

    const result = await list();

    expect(result.method).toBe('tree-comparison');
    expect(result.notices[0]).toMatch(/^This pull request changes at least 3,000 files/);
    expect(github.calls().filter((call) => call.startsWith(FILES_ROUTE))).toHaveLength(30);
  });

  it('fails closed when GitHub truncates a tree', async () => {
    github = await startFakeGitHub({
      mergeBaseSha: MERGE_BASE,
      snapshots: { [MERGE_BASE]: base, [HEAD]: head },
      truncatedTrees: [HEAD],
    });

    const failure = list(GITHUB_LIST_FILES_LIMIT + 1);

    await expect(failure).rejects.toThrow(TreeTruncatedError);
    await expect(failure).rejects.toThrow(
      `GitHub truncated the file tree of acme/ml-service at ${HEAD} (it returns at most 100,000 entries or 7 MB in one call), so the files cannot be listed completely.`,
    );
  });
});

describe('streamPullRequestFiles', () => {
  const stream = (changedFiles?: number) =>
    streamPullRequestFiles({
      octokit: clientFor(github),
      target: targetOf(github),
      ...(changedFiles === undefined ? {} : { changedFiles }),
    });

  it('hands over the first page while the last one has not been asked for, then the whole list', async () => {
    github = await startFakeGitHub({ files: modified(250) });
    const opened = stream(250);
    const pagesAskedAtFirstFile: string[][] = [];
    const paths: string[] = [];
    for await (const file of opened.files) {
      if (paths.length === 0) pagesAskedAtFirstFile.push(github.calls());
      paths.push(file.path);
    }
    expect(pagesAskedAtFirstFile[0]).not.toContain(`${FILES_ROUTE}?page=3&per_page=100`);
    expect(paths).toEqual(modified(250).map((file) => file.filename));
    const listed = await opened.listed;
    expect(listed.files.map((file) => file.path)).toEqual(paths);
    expect(github.calls()).toEqual([1, 2, 3].map((page) => `${FILES_ROUTE}?page=${page}&per_page=100`));
  });

  it('fails the reading loop, and the list, with the page that could not be read', async () => {
    github = await startFakeGitHub({ files: modified(250) });
    github.inject({ method: 'GET', path: /\/pulls\/7\/files$/, fault: { kind: 'status', status: 404 }, times: Infinity });
    const opened = stream(250);
    const reading = (async () => {
      for await (const _file of opened.files);
    })();
    await expect(reading).rejects.toThrow('Could not list the files of pull request acme/ml-service#7');
    await expect(opened.listed).rejects.toThrow('GitHub answered 404');
  });

  it('lists a pull request of unknown size whole, since it may need the tree comparison', async () => {
    github = await startFakeGitHub({ files: modified(3) });
    const opened = stream();
    const listed = await opened.listed;
    const paths: string[] = [];
    for await (const file of opened.files) paths.push(file.path);
    expect(paths).toEqual(listed.files.map((file) => file.path));
    expect(listed.method).toBe('files-api');
  });
});
