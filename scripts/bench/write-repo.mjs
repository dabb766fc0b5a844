import { spawn } from 'node:child_process';
import { gitEnv, runGit } from './run-git.mjs';

/** A fixed clock, so commit SHAs (and so every git output) are the same on every run. */
const COMMIT_TIME = '1704067200 +0000';
const IDENTITY = `Bench <bench@example.invalid> ${COMMIT_TIME}`;

/** fast-import's `data` command: a byte count, then the bytes. */
function data(content) {
  const bytes = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
  return [Buffer.from(`data ${bytes.length}\n`), bytes, Buffer.from('\n')];
}

function* commitStream({ ref, mark, from, message, changes }) {
  yield Buffer.from(`commit ${ref}\nmark :${mark}\nauthor ${IDENTITY}\ncommitter ${IDENTITY}\n`);
  yield* data(message);
  if (from !== undefined) yield Buffer.from(`from :${from}\n`);
  for (const [path, content] of changes) {
    if (content === null) {
      yield Buffer.from(`D ${path}\n`);
    } else {
      yield Buffer.from(`M 100644 inline ${path}\n`);
      yield* data(content);
    }
  }
  yield Buffer.from('\n');
}

/**
 * Writes the pull request into a new bare-less repository at `dir` with `git fast-import` (much
 * faster than a working tree and `git add` at 10,000 files): `main` has the base commit plus one
 * unrelated commit, `feature` has the PR on top of the base. Returns the SHAs the checks compare.
 */
export async function writeRepo({ dir, pr }) {
  await runGit({ cwd: dir, args: ['init', '-q', '-b', 'main'] });
  const child = spawn('git', ['fast-import', '--quiet'], { cwd: dir, env: gitEnv(), stdio: ['pipe', 'ignore', 'inherit'] });
  const exited = new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`git fast-import exited with ${code}`))));
  });
  const commits = [
    { ref: 'refs/heads/main', mark: 1, message: 'Base of the synthetic ML project', changes: pr.base },
    {
      ref: 'refs/heads/feature',
      mark: 2,
      from: 1,
      message:
        'Retune the model and refresh data, serving and pipelines\n\n## Why\nQuarterly refresh.\n\n## Testing\nOffline eval.',
      changes: pr.head,
    },
    {
      ref: 'refs/heads/main',
      mark: 3,
      from: 1,
      message: 'Unrelated change on main',
      changes: new Map([['README.md', '# Churn platform\n\nUpdated.\n']]),
    },
  ];
  for (const commit of commits) {
    for (const chunk of commitStream(commit)) {
      if (!child.stdin.write(chunk)) await new Promise((resolve) => child.stdin.once('drain', resolve));
    }
  }
  child.stdin.end();
  await exited;
  const sha = async (ref) => (await runGit({ cwd: dir, args: ['rev-parse', ref] })).trim();
  return { mergeBase: await sha('main~1'), head: await sha('feature'), base: 'main' };
}
