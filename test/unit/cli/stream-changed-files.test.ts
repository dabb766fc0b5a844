import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { openCheckRange } from '../../../src/cli/open-check-range.js';
import { resolveAtOnce, streamChangedFiles } from '../../../src/cli/local-git.js';
import type { ChangedFile } from '../../../src/core/types.js';
import { type GitRepo, gitRepo } from '../../helpers/git-repo.js';

async function collect(files: AsyncIterable<ChangedFile>): Promise<string[]> {
  const paths: string[] = [];
  for await (const file of files) paths.push(`${file.status} ${file.path}`);
  return paths;
}

let repo: GitRepo;
beforeAll(async () => {
  // main moves on after feature forks: a pull request shows only feature's own changes.
  repo = await gitRepo({ files: { 'params.yaml': 'lr: 0.1\n', 'README.md': '# Churn\n' } });
  await repo.branch('feature');
  await repo.commit({ message: 'Retune', files: { 'params.yaml': 'lr: 0.2\n' } });
  await repo.switchTo('main');
  await repo.commit({ message: 'Docs', files: { 'README.md': '# Churn model\n' } });
});
afterAll(async () => {
  await repo.remove();
});

describe('streamChangedFiles', () => {
  it("yields the files a pull request shows: from the merge-base to head, not base's later commits", async () => {
    expect(await collect(streamChangedFiles({ dir: repo.dir, base: 'main', head: 'feature' }))).toEqual(['modified params.yaml']);
  });

  it("throws git's own reason from the loop when a ref does not exist", async () => {
    await expect(collect(streamChangedFiles({ dir: repo.dir, base: 'nope', head: 'feature' }))).rejects.toThrow(
      "git diff failed: bad revision 'nope...feature'",
    );
  });

  it('takes a ref that looks like an option as a ref', async () => {
    await expect(collect(streamChangedFiles({ dir: repo.dir, base: '--output=/tmp/x', head: 'feature' }))).rejects.toThrow(
      'bad revision',
    );
  });
});

describe('resolveAtOnce', () => {
  it('gives the top-level directory, the commit of each ref and their merge-base', async () => {
    const resolved = await resolveAtOnce({ dir: repo.dir, head: 'feature', base: 'main' });
    expect(resolved).toEqual({
      root: (await repo.git('rev-parse', '--show-toplevel')).trim(),
      head: (await repo.git('rev-parse', 'feature')).trim(),
      base: (await repo.git('rev-parse', 'main')).trim(),
      mergeBase: (await repo.git('merge-base', 'main', 'feature')).trim(),
    });
  });

  it.each([
    ['a ref that names no commit', 'nope'],
    ['a ref that looks like an option', '--all'],
  ])('leaves %s to the one-at-a-time path', async (_name, base) => {
    expect(await resolveAtOnce({ dir: repo.dir, head: 'feature', base })).toBeUndefined();
  });

  it('leaves a directory outside any repository to the one-at-a-time path', async () => {
    expect(await resolveAtOnce({ dir: '/', head: 'HEAD', base: 'HEAD' })).toBeUndefined();
  });

  it('leaves histories with no merge-base, or several, to git merge-base', async () => {
    const other = await gitRepo({ files: { 'a.txt': 'a\n' } });
    try {
      // An unrelated history: no common ancestor.
      await other.git('checkout', '--orphan', 'lonely');
      await other.commit({ message: 'Lonely', files: { 'b.txt': 'b\n' } });
      const unrelated = await resolveAtOnce({ dir: other.dir, head: 'lonely', base: 'main' });
      expect(unrelated).toBeDefined();
      expect(unrelated).not.toHaveProperty('mergeBase');

      // Criss-cross merges: two merge-bases.
      await other.switchTo('main');
      await other.branch('x');
      await other.commit({ message: 'X', files: { 'x.txt': 'x\n' } });
      await other.switchTo('main');
      await other.commit({ message: 'Y', files: { 'y.txt': 'y\n' } });
      const y = (await other.git('rev-parse', 'HEAD')).trim();
      const x = (await other.git('rev-parse', 'x')).trim();
      await other.git('merge', '--no-edit', 'x');
      await other.switchTo('x');
      await other.git('merge', '--no-edit', y);
      expect((await other.git('merge-base', '--all', 'main', 'x')).trim().split('\n').sort()).toEqual([x, y].sort());
      const crissCross = await resolveAtOnce({ dir: other.dir, head: 'x', base: 'main' });
      expect(crissCross).toBeDefined();
      expect(crissCross).not.toHaveProperty('mergeBase');
    } finally {
      await other.remove();
    }
  });
});

describe('openCheckRange', () => {
  it('resolves the commits, their merge-base and the diff', async () => {
    const range = await openCheckRange({ options: { repo: repo.dir, base: 'main', head: 'feature' }, cwd: '/' });
    expect(range.refs).toEqual({ base: 'main', head: 'feature' });
    expect(range.mergeBase).toBe((await repo.git('merge-base', 'main', 'feature')).trim());
    expect(range.head).toBe((await repo.git('rev-parse', 'feature')).trim());
    expect(await collect(range.changedFiles)).toEqual(['modified params.yaml']);
  });

  it('reports a wrong --base in its own words, not as the failure of the diff it had started', async () => {
    await expect(openCheckRange({ options: { repo: repo.dir, base: 'nope', head: 'feature' }, cwd: '/' })).rejects.toThrow(
      `--base 'nope' does not name a commit in ${repo.dir}`,
    );
  });
});
