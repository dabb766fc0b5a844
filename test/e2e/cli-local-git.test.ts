import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chmod } from 'node:fs/promises';
import { join } from 'node:path';
import { MAX_BLOB_BYTES } from '../../src/cli/git-blob-reader.js';
import { gitContentSource, type ClosableContentSource } from '../../src/cli/git-content-source.js';
import { localGit, type LocalGit } from '../../src/cli/local-git.js';
import { parseGitDiff } from '../../src/core/diff/parse-git-diff.js';
import { gitRepo, type GitRepo } from '../helpers/git-repo.js';

/** Names git has to quote or that split naively: spaces, a tab, quotes, a backslash, non-ASCII. */
const AWKWARD = {
  space: 'data/my dataset/train split.csv',
  tab: 'data/tab\there.csv',
  quotes: 'docs/"quoted" \\ name.md',
  accents: 'données/été.csv',
};

describe('local git: the diff the CLI parses and the contents it reads', () => {
  let repo: GitRepo;
  let git: LocalGit;
  let base: string;
  let head: string;
  let source: ClosableContentSource;

  beforeAll(async () => {
    repo = await gitRepo({
      files: {
        'params.yaml': 'lr: 0.1\n',
        'src/train.py': 'a\nb\nc\nd\ne\nf\ng\nh\n',
        'scripts/run.sh': 'echo run\n',
        'old.txt': 'gone\n',
        'weights.bin': Buffer.from([1, 0, 2, 0]),
        [AWKWARD.space]: 'a,b\n',
        [AWKWARD.tab]: 'x\n',
      },
    });
    base = (await repo.git('rev-parse', 'HEAD')).trim();
    await repo.branch('change');
    await chmod(join(repo.dir, 'scripts/run.sh'), 0o755);
    head = await repo.commit({
      message: 'Everything at once',
      rename: { 'src/train.py': 'src/models/train.py', [AWKWARD.space]: 'data/moved/train split.csv' },
      remove: ['old.txt'],
      files: {
        'params.yaml': 'lr: 0.01\n',
        'src/models/train.py': 'a\nb\nc\nd\ne\nf\ng\nH\n',
        'weights.bin': Buffer.from([1, 0, 3, 0]),
        [AWKWARD.tab]: 'y\n',
        [AWKWARD.quotes]: '# Quoted\n',
        [AWKWARD.accents]: 'a\n',
        'big.txt': 'x'.repeat(MAX_BLOB_BYTES + 1),
      },
    });
    git = await localGit({ dir: repo.dir });
    source = gitContentSource({ git, commits: { base, head } });
  });
  afterAll(async () => {
    source.close();
    await repo.remove();
  });

  it('parses every kind of change from the real git output', async () => {
    const files = parseGitDiff(await git.diff({ from: base, to: head }));
    const summary = Object.fromEntries(
      files.map((file) => [file.path, [file.status, file.previousPath, file.binary === true, file.additions, file.deletions]]),
    );
    expect(summary).toEqual({
      'big.txt': ['added', undefined, false, 1, 0],
      'data/moved/train split.csv': ['renamed', AWKWARD.space, false, 0, 0],
      [AWKWARD.tab]: ['modified', undefined, false, 1, 1],
      [AWKWARD.quotes]: ['added', undefined, false, 1, 0],
      [AWKWARD.accents]: ['added', undefined, false, 1, 0],
      'old.txt': ['removed', undefined, false, 0, 1],
      'params.yaml': ['modified', undefined, false, 1, 1],
      'scripts/run.sh': ['changed', undefined, false, 0, 0],
      'src/models/train.py': ['renamed', 'src/train.py', false, 1, 1],
      'weights.bin': ['modified', undefined, true, 0, 0],
    });
    expect(files.find((file) => file.path === 'params.yaml')?.patch).toBe('@@ -1 +1 @@\n-lr: 0.1\n+lr: 0.01');
  });

  it('reads text at each side, and nothing for missing, binary or oversized files', async () => {
    await expect(source.readFile('base', 'params.yaml')).resolves.toBe('lr: 0.1\n');
    await expect(source.readFile('head', 'params.yaml')).resolves.toBe('lr: 0.01\n');
    await expect(source.readFile('base', 'src/models/train.py')).resolves.toBeUndefined();
    await expect(source.readFile('head', 'old.txt')).resolves.toBeUndefined();
    await expect(source.readFile('head', 'weights.bin')).resolves.toBeUndefined();
    await expect(source.readFile('head', 'big.txt')).resolves.toBeUndefined();
    await expect(source.readFile('head', 'src')).resolves.toBeUndefined();
    await expect(source.readFile('head', 'line\nbreak.txt')).resolves.toBeUndefined();
  });

  it('reads awkward paths, and many files at once in the right order', async () => {
    const paths = [...Object.values(AWKWARD).filter((path) => path !== AWKWARD.space), 'params.yaml', 'missing file.txt'];
    const contents = await Promise.all([...paths, ...paths].map((path) => source.readFile('head', path)));
    const expected = ['y\n', '# Quoted\n', 'a\n', 'lr: 0.01\n', undefined];
    expect(contents).toEqual([...expected, ...expected]);
  });

  it('lists every file of a side', async () => {
    const listed = await source.listFiles('head');
    expect(listed).toEqual(expect.arrayContaining(['src/models/train.py', AWKWARD.tab, AWKWARD.quotes, AWKWARD.accents]));
    expect(listed).not.toContain('old.txt');
    expect(await source.listFiles('base')).toContain('old.txt');
  });

  it('reads the commits of a range and the subject of a commit', async () => {
    await expect(git.subject(head)).resolves.toBe('Everything at once');
    await expect(git.commits({ from: base, to: head })).resolves.toEqual([
      { subject: 'Everything at once', message: 'Everything at once' },
    ]);
    await expect(git.commits({ from: head, to: head })).resolves.toEqual([]);
  });

  it('fails clearly once closed', async () => {
    const closed = gitContentSource({ git, commits: { base, head } });
    closed.close();
    await expect(closed.readFile('head', 'params.yaml')).rejects.toThrow('the blob reader is closed');
  });
});
