/**
 * File names survive the trip through real git output: whatever characters a name holds
 * (spaces, non-ASCII, quotes, backslashes, tabs, newlines), parseGitDiff reads back the path,
 * status, previous path and line counts git itself reports, whether git quotes non-ASCII names
 * (octal escapes) or not, and the streaming parser agrees with it.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { localGit } from '../../../src/cli/local-git.js';
import { createGitDiffParser } from '../../../src/core/diff/create-git-diff-parser.js';
import { parseGitDiff } from '../../../src/core/diff/parse-git-diff.js';
import type { ChangedFile } from '../../../src/core/types.js';
import { gitRepo, type GitRepo } from '../../helpers/git-repo.js';
import { cut } from './diff-arbitraries.js';

/** Characters git must quote or escape, and ordinary ones around them. */
const NAME_CHARS = ['a', 'b', 'z', ' ', '-', '.', 'é', '数', '"', '\\', '\t', '\n', '#', '=', '€'] as const;

const name = fc
  .array(fc.constantFrom(...NAME_CHARS), { minLength: 1, maxLength: 6 })
  .map((chars) => chars.join(''))
  .filter((text) => text !== '.' && text !== '..');

const entry = fc.record({
  dir: fc.constantFrom('', 'data/', 'src/models/', 'dé p/'),
  name,
  change: fc.constantFrom('added' as const, 'removed' as const, 'modified' as const, 'renamed' as const),
  renameTo: name,
});

/** Content unique to a file, long enough for git to pair a rename with its source by similarity. */
const content = (id: number, version: string): string =>
  `${Array.from({ length: 8 }, (_, line) => `file ${id} line ${line}`).join('\n')}\n${version}\n`;

/** `git diff --numstat -z`: per changed path, what git itself counts. */
function numstat(output: string): Map<string, { additions: number; deletions: number; previousPath?: string }> {
  const fields = output.split('\0');
  const counts = new Map<string, { additions: number; deletions: number; previousPath?: string }>();
  for (let index = 0; index < fields.length - 1; ) {
    // Only the first two tabs separate fields: the path may hold tabs itself.
    const field = fields[index] as string;
    const first = field.indexOf('\t');
    const second = field.indexOf('\t', first + 1);
    const [additions, deletions, path] = [field.slice(0, first), field.slice(first + 1, second), field.slice(second + 1)];
    if (path === '') {
      // A rename: the two paths follow as their own fields.
      counts.set(fields[index + 2] as string, {
        additions: Number(additions),
        deletions: Number(deletions),
        previousPath: fields[index + 1] as string,
      });
      index += 3;
    } else {
      counts.set(path as string, { additions: Number(additions), deletions: Number(deletions) });
      index += 1;
    }
  }
  return counts;
}

/** Everything an async iterable yields, in order. */
async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

const repos: GitRepo[] = [];
afterAll(async () => {
  await Promise.all(repos.map((repo) => repo.remove()));
});

describe('parseGitDiff on real git output', () => {
  it('reads back every name, status, previous path and count, quoted or not', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(entry, { minLength: 1, maxLength: 6 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        async (entries, offsets) => {
          const used = new Set<string>();
          const unique = (path: string): boolean => {
            if (used.has(path)) return false;
            used.add(path);
            return true;
          };
          const plan = entries
            .map((item, id) => ({ ...item, id, path: `${item.dir}${item.name}`, to: `${item.dir}${item.renameTo}` }))
            .filter((item) => unique(item.path) && (item.change !== 'renamed' || unique(item.to)));
          const base = Object.fromEntries(
            plan.filter((item) => item.change !== 'added').map((item) => [item.path, content(item.id, 'v1')]),
          );
          const repo = await gitRepo({ files: { 'README.md': 'readme\n', ...base } });
          repos.push(repo);
          const from = (await repo.git('rev-parse', 'HEAD')).trim();
          const to = await repo.commit({
            message: 'change',
            files: Object.fromEntries(
              plan.flatMap((item) =>
                item.change === 'added'
                  ? [[item.path, content(item.id, 'new')]]
                  : item.change === 'modified'
                    ? [[item.path, content(item.id, 'v2')]]
                    : [],
              ),
            ),
            remove: plan.filter((item) => item.change === 'removed').map((item) => item.path),
            rename: Object.fromEntries(plan.filter((item) => item.change === 'renamed').map((item) => [item.path, item.to])),
          });

          const expected = plan
            .map((item) =>
              item.change === 'renamed'
                ? { path: item.to, status: 'renamed', previousPath: item.path }
                : { path: item.path, status: item.change },
            )
            .sort((a, b) => a.path.localeCompare(b.path));
          const counts = numstat(await repo.git('diff', '--numstat', '-z', '--find-renames', from, to));
          const git = await localGit({ dir: repo.dir });
          const unquoted = await git.diff({ from, to });
          // The CLI's own read: git's output parsed chunk by chunk as it arrives.
          expect(await collect(git.changedFiles({ base: from, head: to }))).toEqual(parseGitDiff(unquoted));
          const quoted = await repo.git(
            '-c',
            'core.quotePath=true',
            'diff',
            '--patch',
            '--find-renames',
            '--no-color',
            '--src-prefix=a/',
            '--dst-prefix=b/',
            from,
            to,
          );
          for (const text of [unquoted, quoted]) {
            const files = parseGitDiff(text);
            const seen = files.map(({ path, status, previousPath }) => ({
              path,
              status,
              ...(previousPath === undefined ? {} : { previousPath }),
            }));
            expect(seen.sort((a, b) => a.path.localeCompare(b.path))).toEqual(expected);
            for (const file of files) {
              const count = counts.get(file.path);
              expect({ path: file.path, additions: file.additions, deletions: file.deletions }).toEqual({
                path: file.path,
                additions: count?.additions,
                deletions: count?.deletions,
              });
            }
            const streamed: ChangedFile[] = [];
            const parser = createGitDiffParser({ onFile: (file) => streamed.push(file) });
            for (const piece of cut(text, offsets)) parser.push(piece);
            parser.end();
            expect(streamed).toEqual(files);
          }
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);
});
