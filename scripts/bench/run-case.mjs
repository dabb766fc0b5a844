import { mkdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure, median } from './measure.mjs';
import { gitEnv, runGit } from './run-git.mjs';
import { syntheticPullRequest } from './synthetic-pr.mjs';
import { writeRepo } from './write-repo.mjs';

/** One seed per size: the same repositories on every run and every machine. */
const SEED = 0x6d6c64;

/** The least a Node program does with the diff (see the file). */
const NODE_READS_DIFF = fileURLToPath(new URL('node-reads-diff.mjs', import.meta.url));

/** CLI exit codes that mean it judged the PR (pass/warn/skipped, fail); 2 is an error. */
const JUDGED = [0, 1];

/**
 * Builds the synthetic pull request of `files` changed files and measures, interleaved run by
 * run so a burst of load elsewhere hits all alike: `git diff` of the range (the floor), a Node
 * program that only reads that diff (the floor of any Node CLI, see node-reads-diff.mjs), the CLI
 * end to end, the CLI without its content checks (see `buildLeanCli`), and the core alone. One
 * unmeasured warm-up run each fills the page cache.
 */
export async function runCase({ files, runs, scratch, cli, leanCli, coreEntry, log }) {
  const dir = join(scratch, `pr-${files}`);
  await mkdir(join(dir, 'repo'), { recursive: true });
  const repo = join(dir, 'repo');
  log(`  generating ${files} changed files...`);
  const refs = await writeRepo({ dir: repo, pr: syntheticPullRequest({ files, seed: SEED + files }) });
  const diffFile = join(dir, 'pr.diff');
  const env = gitEnv();
  const coreArgs = (mode) => [coreEntry, mode, repo, refs.mergeBase, refs.head, diffFile];
  expectJudged(
    await measure({ command: process.execPath, args: coreArgs('write-diff'), cwd: repo, env, scratch }),
    'core write-diff',
  );
  const shape = await describeDiff({ repo, refs, diffFile });

  const check = (bundle, output) => ({
    command: process.execPath,
    args: [bundle, 'check', '--repo', repo, '--base', refs.base, '--head', refs.head, '--format', 'json'],
    cwd: repo,
    env,
    scratch,
    stdoutFile: join(dir, output),
  });
  const commands = {
    git: { command: 'git', args: ['diff', '-M', '--patch', refs.mergeBase, refs.head], cwd: repo, env, scratch },
    reads: {
      command: process.execPath,
      args: [NODE_READS_DIFF, refs.mergeBase, refs.head],
      cwd: repo,
      env,
      scratch,
      stdoutFile: join(dir, 'reads.json'),
    },
    cli: check(cli, 'cli.json'),
    lean: check(leanCli, 'lean.json'),
    core: { command: process.execPath, args: coreArgs('evaluate'), cwd: repo, env, scratch, stdoutFile: join(dir, 'core.json') },
  };
  const samples = { git: [], reads: [], cli: [], lean: [], core: [] };
  for (let run = -1; run < runs; run += 1) {
    for (const [name, options] of Object.entries(commands)) {
      const result = expectJudged(await measure(options), name);
      const core = name === 'core' ? JSON.parse(await readFile(options.stdoutFile, 'utf8')) : undefined;
      if (run >= 0)
        samples[name].push({ ...result, inProcessMs: core === undefined ? undefined : core.parseMs + core.evaluateMs });
    }
    const last = (name) => ms(samples[name].at(-1));
    log(
      `  run ${run < 0 ? 'warm-up' : run + 1}: git ${last('git')} node reads ${last('reads')} cli ${last('cli')} lean ${last('lean')} core ${last('core')}`,
    );
  }
  const report = JSON.parse(await readFile(commands.cli.stdoutFile, 'utf8'));
  const core = JSON.parse(await readFile(commands.core.stdoutFile, 'utf8'));
  // Every program must have judged the same pull request, or the comparison means nothing.
  if (core.files !== shape.files) throw new Error(`core parsed ${core.files} files, git reports ${shape.files}`);
  const reads = JSON.parse(await readFile(commands.reads.stdoutFile, 'utf8'));
  if (reads.files !== shape.files) throw new Error(`the Node reader found ${reads.files} files, git reports ${shape.files}`);
  if (report.verdict !== core.verdict) throw new Error(`the CLI says ${report.verdict}, the core alone ${core.verdict}`);
  const stat = (name, key) => median(samples[name].map((sample) => sample[key]));
  return {
    ...shape,
    verdict: report.verdict,
    areas: core.areas,
    runs,
    gitMs: stat('git', 'ms'),
    readsMs: stat('reads', 'ms'),
    cliMs: stat('cli', 'ms'),
    leanMs: stat('lean', 'ms'),
    coreMs: stat('core', 'inProcessMs'),
    gitRssKiB: stat('git', 'rssKiB'),
    cliRssKiB: stat('cli', 'rssKiB'),
    leanRssKiB: stat('lean', 'rssKiB'),
    coreRssKiB: stat('core', 'rssKiB') ?? core.maxRssKiB,
  };
}

const ms = (sample) => (sample === undefined ? '-' : `${Math.round(sample.ms)}ms`);

function expectJudged(result, name) {
  if (!JUDGED.includes(result.code ?? -1)) {
    throw new Error(`${name} exited with ${result.code}: ${result.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  }
  return result;
}

/** Files, changed lines and bytes of the diff, from git itself. */
async function describeDiff({ repo, refs, diffFile }) {
  const shortstat = await runGit({ cwd: repo, args: ['diff', '-M', '--shortstat', refs.mergeBase, refs.head] });
  const count = (word) => Number(new RegExp(`(\\d+) ${word}`).exec(shortstat)?.[1] ?? 0);
  const files = count('files? changed');
  if (files === 0) throw new Error('the synthetic pull request has no changes');
  return { files, changedLines: count('insertions?') + count('deletions?'), diffBytes: (await stat(diffFile)).size };
}
