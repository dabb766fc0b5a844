import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/**
 * The environment every git command of a test runs with: a fixed identity and clock, and no
 * user or system config (a signing key or a hook there must not change what a test sees).
 */
export const ISOLATED_GIT_ENV: Readonly<Record<string, string>> = {
  GIT_AUTHOR_NAME: 'Test Author',
  GIT_AUTHOR_EMAIL: 'author@example.com',
  GIT_AUTHOR_DATE: '2024-01-01T00:00:00Z',
  GIT_COMMITTER_NAME: 'Test Author',
  GIT_COMMITTER_EMAIL: 'author@example.com',
  GIT_COMMITTER_DATE: '2024-01-01T00:00:00Z',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

/** File contents by path; a `Buffer` writes bytes as they are (binary files). */
export type FileTree = Readonly<Record<string, string | Buffer>>;

/** A change to the tree, committed as one commit. */
export interface CommitChange {
  readonly message: string;
  readonly files?: FileTree;
  readonly remove?: readonly string[];
  /** Old path to new path, moved with `git mv`. */
  readonly rename?: Readonly<Record<string, string>>;
}

/** A temporary git repository built from readable data. */
export interface GitRepo {
  readonly dir: string;
  /** Runs git in the repository and returns its standard output. */
  git(...args: string[]): Promise<string>;
  /** Writes files into the working tree without committing them. */
  write(files: FileTree): Promise<void>;
  /** Applies a change and commits it; returns the new commit's SHA. */
  commit(change: CommitChange): Promise<string>;
  /** Creates a branch at the current commit and switches to it. */
  branch(name: string): Promise<void>;
  /** Switches to an existing branch. */
  switchTo(name: string): Promise<void>;
  /** Deletes the repository. */
  remove(): Promise<void>;
}

/**
 * Creates a repository on `main`, with `files` as its first commit (no commit when `files` is
 * empty).
 */
export async function gitRepo({
  files = {},
  message = 'Initial commit',
}: {
  readonly files?: FileTree;
  readonly message?: string;
} = {}): Promise<GitRepo> {
  const dir = await mkdtemp(join(tmpdir(), 'ml-docs-guard-repo-'));
  const git = async (...args: string[]): Promise<string> => {
    const { stdout } = await execFileAsync('git', args, {
      cwd: dir,
      env: { ...process.env, ...ISOLATED_GIT_ENV },
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  };
  const write = async (tree: FileTree): Promise<void> => {
    for (const [path, content] of Object.entries(tree)) {
      const target = join(dir, path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, content);
    }
  };
  const repo: GitRepo = {
    dir,
    git,
    write,
    async commit(change) {
      for (const [from, to] of Object.entries(change.rename ?? {})) {
        await mkdir(dirname(join(dir, to)), { recursive: true });
        await git('mv', '--', from, to);
      }
      if ((change.remove ?? []).length > 0) await git('rm', '-q', '--', ...(change.remove ?? []));
      await write(change.files ?? {});
      await git('add', '-A');
      await git('commit', '-q', '--allow-empty', '-m', change.message);
      return (await git('rev-parse', 'HEAD')).trim();
    },
    branch: async (name) => void (await git('switch', '-q', '-c', name)),
    switchTo: async (name) => void (await git('switch', '-q', name)),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
  await git('init', '-q', '-b', 'main');
  if (Object.keys(files).length > 0) await repo.commit({ message, files });
  return repo;
}
