import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { createGitDiffParser } from '../core/diff/create-git-diff-parser.js';
import type { ChangedFile } from '../core/types.js';
import { asyncQueue } from '../core/async-queue.js';
import { GitError, runGit } from './run-git.js';

/**
 * Where the base branch is looked for when `--base` is not given: the remote's default branch,
 * then the two usual local names.
 */
const DEFAULT_BASE_CANDIDATES = ['refs/remotes/origin/HEAD', 'main', 'master'] as const;

/**
 * Options that make `git diff` print what `parseGitDiff` reads whatever the user's config says:
 * renames detected, GitHub's three lines of context, `a/`/`b/` prefixes, paths from the
 * repository root, no external diff or textconv driver rewriting the content.
 */
const DIFF_OPTIONS = [
  'diff',
  '--patch',
  '--find-renames',
  '--unified=3',
  '--no-color',
  '--no-ext-diff',
  '--no-textconv',
  '--no-relative',
  '--src-prefix=a/',
  '--dst-prefix=b/',
];

/** What a commit says about itself. */
export interface CommitText {
  /** Its first line (`git log --format=%s`). */
  readonly subject: string;
  readonly message: string;
}

/** The files of a diff while git writes it. */
export interface ChangedFileStream extends AsyncIterable<ChangedFile> {
  /** Ends git when the files are no longer wanted. */
  stop(): void;
}

/** Every git command the CLI runs, against one repository's working tree. */
export interface LocalGit {
  /** Absolute path of the repository's top-level directory. */
  readonly root: string;
  /** The commit a ref names; `option` names the flag it came from, for the error message. */
  resolveCommit(input: { readonly ref: string; readonly option: string }): Promise<string>;
  /** The base branch to compare with when none is given. */
  defaultBase(): Promise<string>;
  /** Where the head branch forked from the base, as a pull request compares. */
  mergeBase(input: {
    readonly base: string;
    readonly head: string;
    readonly baseRef: string;
    readonly headRef: string;
  }): Promise<string>;
  diff(input: { readonly from: string; readonly to: string }): Promise<string>;
  /** The files a pull request of `head` into `base` changes; see `streamChangedFiles`. */
  changedFiles(input: { readonly base: string; readonly head: string }): ChangedFileStream;
  /** The subject line of one commit. */
  subject(commit: string): Promise<string>;
  /** The commits in `from..to`, oldest first: each one's subject and full message. */
  commits(input: { readonly from: string; readonly to: string }): Promise<CommitText[]>;
  /** Every file path in a commit. */
  listTree(commit: string): Promise<string[]>;
  /** Files of the working tree git knows or would add: tracked and untracked, not ignored. */
  listWorkingTree(): Promise<string[]>;
}

/**
 * Opens the repository containing `dir`, with a clear error when there is none. `root`, when the
 * caller has learnt it already (see `resolveAtOnce`), saves asking git again.
 */
export async function localGit({ dir, root: knownRoot }: { readonly dir: string; readonly root?: string }): Promise<LocalGit> {
  const root = knownRoot ?? (await findRoot(resolve(dir)));
  const git = async (args: readonly string[]): Promise<string> => (await runGit({ cwd: root, args })).stdout.toString('utf8');

  return {
    root,
    async resolveCommit({ ref, option }) {
      const sha = await tryResolve(root, ref);
      if (sha === undefined) throw new GitError(`${option} '${ref}' does not name a commit in ${root}`);
      return sha;
    },
    async defaultBase() {
      const found = await Promise.all(DEFAULT_BASE_CANDIDATES.map((candidate) => tryResolve(root, candidate)));
      const index = found.findIndex((sha) => sha !== undefined);
      if (index !== -1) return DEFAULT_BASE_CANDIDATES[index] as string;
      throw new GitError(`no base branch found (none of ${DEFAULT_BASE_CANDIDATES.join(', ')} exists); pass --base REF`);
    },
    async mergeBase({ base, head, baseRef, headRef }) {
      const result = await runGit({ cwd: root, args: ['merge-base', base, head], okCodes: [0, 1] });
      if (result.code === 1) {
        throw new GitError(
          `'${baseRef}' and '${headRef}' have no common ancestor, so there is nothing to compare (in a shallow clone, fetch more history)`,
        );
      }
      return result.stdout.toString('utf8').trim();
    },
    diff: ({ from, to }) => git([...DIFF_OPTIONS, from, to, '--']),
    changedFiles: ({ base, head }) => streamChangedFiles({ dir: root, base, head }),
    subject: async (commit) => (await git(['log', '-1', '--format=%s', commit, '--'])).trim(),
    async commits({ from, to }) {
      // One process for both: NUL ends a commit, SOH separates its subject from its message.
      const output = await git(['log', '--reverse', '--format=%s%x01%B%x00', `${from}..${to}`, '--']);
      return output
        .split('\0')
        .filter((entry) => entry.trim() !== '')
        .map((entry) => {
          const split = entry.indexOf('\u0001');
          return { subject: entry.slice(0, split).trim(), message: entry.slice(split + 1).trim() };
        });
    },
    listTree: async (commit) => splitNul(await git(['ls-tree', '-r', '-z', '--name-only', '--full-tree', commit])),
    async listWorkingTree() {
      const paths = splitNul(await git(['ls-files', '-z', '--cached', '--others', '--exclude-standard']));
      return [...new Set(paths)];
    },
  };
}

/**
 * The files a pull request of `head` into `base` changes (`git diff base...head`: from their
 * merge-base to head), each yielded as soon as git has written it (see `createGitDiffParser`).
 * git starts at once, in `dir` or any directory of the repository; reading the stream is
 * optional, so a check can start git first and `stop` it if it ends early. git's failure (a
 * wrong ref, no repository) is thrown by the loop that reads the files.
 */
export function streamChangedFiles({
  dir,
  base,
  head,
}: {
  readonly dir: string;
  readonly base: string;
  readonly head: string;
}): ChangedFileStream {
  const queue = asyncQueue<ChangedFile>();
  const parser = createGitDiffParser({ onFile: (file) => queue.push(file) });
  // Decodes across chunk boundaries, so a character split between two chunks stays whole.
  const decoder = new StringDecoder('utf8');
  const stopper = new AbortController();
  runGit({
    cwd: dir,
    args: [...DIFF_OPTIONS, '--end-of-options', `${base}...${head}`, '--'],
    onStdout: (chunk) => parser.push(decoder.write(chunk)),
    signal: stopper.signal,
  }).then(
    () => {
      parser.push(decoder.end());
      parser.end();
      queue.end();
    },
    (error: unknown) => queue.fail(error),
  );
  return { [Symbol.asyncIterator]: () => queue[Symbol.asyncIterator](), stop: () => stopper.abort() };
}

async function findRoot(absolute: string): Promise<string> {
  await assertDirectory(absolute);
  const probe = await runGit({ cwd: absolute, args: ['rev-parse', '--show-toplevel'], okCodes: [0, 128] });
  if (probe.code !== 0) {
    throw new GitError(`not a git repository (or inside one's work tree): ${absolute}`);
  }
  return probe.stdout.toString('utf8').trim();
}

/** What one git process learns of a range before anything else runs: see `resolveAtOnce`. */
export interface ResolvedRange {
  readonly root: string;
  readonly head: string;
  readonly base: string;
  /** The one merge-base of base and head; absent when they have none or several. */
  readonly mergeBase?: string;
}

/**
 * The repository's top-level directory, the commits `head` and `base` name, and their merge-base,
 * from one git process (`rev-parse base...head` lists the merge-bases as `^sha`). `undefined` when
 * anything is wrong (no repository, a ref that names no commit, a ref that looks like an option):
 * the caller then asks one question at a time, and reports the one that fails. No merge-base, or
 * several (criss-cross history), is left to `git merge-base`, which explains or picks one.
 */
export async function resolveAtOnce({
  dir,
  head,
  base,
}: {
  readonly dir: string;
  readonly head: string;
  readonly base: string;
}): Promise<ResolvedRange | undefined> {
  if (head.startsWith('-') || base.startsWith('-')) return undefined;
  const args = ['rev-parse', '--show-toplevel', `${head}^{commit}`, `${base}^{commit}`, `${base}...${head}`, '--'];
  const result = await runGit({ cwd: dir, args, okCodes: [0, 128, 129] }).catch(() => undefined);
  if (result?.code !== 0) return undefined;
  const [root, headCommit, baseCommit, ...rest] = result.stdout.toString('utf8').split('\n');
  if (root === undefined || root === '' || headCommit === undefined || baseCommit === undefined) return undefined;
  const mergeBases = rest.filter((line) => line.startsWith('^')).map((line) => line.slice(1));
  return {
    root,
    head: headCommit,
    base: baseCommit,
    ...(mergeBases.length === 1 ? { mergeBase: mergeBases[0] as string } : {}),
  };
}

async function assertDirectory(path: string): Promise<void> {
  const info = await stat(path).catch(() => undefined);
  if (info === undefined) throw new GitError(`no such directory: ${path}`);
  if (!info.isDirectory()) throw new GitError(`not a directory: ${path}`);
}

async function tryResolve(root: string, ref: string): Promise<string | undefined> {
  const result = await runGit({
    cwd: root,
    args: ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`],
    okCodes: [0, 1, 128],
  });
  return result.code === 0 ? result.stdout.toString('utf8').trim() : undefined;
}

function splitNul(output: string): string[] {
  return output.split('\0').filter((path) => path !== '');
}
