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
  it('gives the top-level directory and the commit of each ref', async () => {
    const resolved = await resolveAtOnce({ dir: repo.dir, refs: ['feature', 'main'] });
    expect(resolved).toEqual({
      root: (await repo.git('rev-parse', '--show-toplevel')).trim(),
      commits: [(await repo.git('rev-parse', 'feature')).trim(), (await repo.git('rev-parse', 'main')).trim()],
    });
  });

  it.each([
    ['a ref that names no commit', ['feature', 'nope']],
    ['a ref that looks like an option', ['feature', '--all']],
  ])('leaves %s to the one-at-a-time path', async (_name, refs) => {
    expect(await resolveAtOnce({ dir: repo.dir, refs })).toBeUndefined();
  });

  it('leaves a directory outside any repository to the one-at-a-time path', async () => {
    expect(await resolveAtOnce({ dir: '/', refs: ['HEAD'] })).toBeUndefined();
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
