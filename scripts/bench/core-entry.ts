/**
 * The benchmark's "core alone" program, bundled with esbuild when the benchmark starts:
 *
 *   node core-entry.mjs write-diff <repo> <merge-base> <head> <file>
 *     writes the diff the CLI would read (same git options) to <file>, once per case;
 *   node core-entry.mjs evaluate <repo> <merge-base> <head> <file>
 *     reads that diff, then times parseGitDiff + evaluatePullRequest (recommended preset, file
 *     contents from git through the CLI's content source) and prints one JSON line.
 *
 * Node's start-up and the reading of the diff file are outside the timed span, so the figure is
 * the engine's own cost.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gitContentSource } from '../../src/cli/git-content-source.js';
import { localGit } from '../../src/cli/local-git.js';
import { loadConfig } from '../../src/core/config/index.js';
import { parseGitDiff } from '../../src/core/diff/parse-git-diff.js';
import { evaluatePullRequest } from '../../src/core/evaluate-pull-request.js';
import type { PullRequestInfo } from '../../src/core/types.js';

const PULL_REQUEST: PullRequestInfo = {
  number: 1,
  title: 'Retune the model and refresh data, serving and pipelines',
  body: '## Why\nQuarterly refresh.\n\n## Testing\nOffline eval.',
  labels: [],
};

const [mode, repo, mergeBase, head, diffFile] = process.argv.slice(2);
if (mode === undefined || repo === undefined || mergeBase === undefined || head === undefined || diffFile === undefined) {
  throw new Error('usage: core-entry.mjs write-diff|evaluate <repo> <merge-base> <head> <diff-file>');
}
const git = await localGit({ dir: repo });

if (mode === 'write-diff') {
  writeFileSync(diffFile, await git.diff({ from: mergeBase, to: head }));
} else if (mode === 'evaluate') {
  const text = readFileSync(diffFile, 'utf8');
  const config = loadConfig({ text: undefined, file: '.github/ml-docs-guard.yml' });
  const source = gitContentSource({ git, commits: { base: mergeBase, head } });
  const started = performance.now();
  const files = parseGitDiff(text);
  const parsed = performance.now();
  const report = await evaluatePullRequest({ files, pullRequest: PULL_REQUEST, config, source });
  const finished = performance.now();
  source.close();
  process.stdout.write(
    `${JSON.stringify({
      parseMs: parsed - started,
      evaluateMs: finished - parsed,
      files: files.length,
      verdict: report.verdict,
      areas: report.areas.map((area) => area.name),
      maxRssKiB: process.resourceUsage().maxRSS,
    })}\n`,
  );
} else {
  throw new Error(`unknown mode ${JSON.stringify(mode)}: expected write-diff or evaluate`);
}
