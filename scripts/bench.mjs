// `npm run bench`: measures the checker on synthetic ML pull requests of growing size against
// the floor of `git diff` on the same range, and the Action's cold start; prints the table and
// writes it into docs/benchmarks.md. Options:
//   --sizes 100,1000,3000,10000  changed files per case
//   --runs 5                     measured runs per case (median), after one warm-up run
//   --large-runs 3               runs for cases of 10,000 files or more
//   --cold-runs 7                Action cold-start runs
//   --print-only                 do not write docs/benchmarks.md
//   --keep                       keep the generated repositories (their path is printed)
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { writeBenchmarksDoc } from './bench/benchmarks-doc.mjs';
import { measureColdStart } from './bench/cold-start.mjs';
import { buildLeanCli } from './bench/lean-cli.mjs';
import { currentLoad, describeMachine } from './bench/machine.mjs';
import { median, RSS_METHOD } from './bench/measure.mjs';
import { checkLine, checkTargets, nodeFloor, resultsMarkdown, textTable } from './bench/report.mjs';
import { runCase } from './bench/run-case.mjs';

/** Cases this large run fewer times: each run takes seconds and the median needs only three. */
const LARGE_CASE_FILES = 10_000;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: options } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,3000,10000' },
    runs: { type: 'string', default: '5' },
    'large-runs': { type: 'string', default: '3' },
    'cold-runs': { type: 'string', default: '7' },
    'print-only': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const positive = (name) => {
  const value = Number(options[name]);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`--${name} must be a positive integer, got ${JSON.stringify(options[name])}`);
  return value;
};
const sizes = options.sizes.split(',').map((size) => {
  const files = Number(size.replace(/_/g, ''));
  if (!Number.isInteger(files) || files < 10)
    throw new Error(`--sizes takes whole numbers of at least 10, got ${JSON.stringify(size)}`);
  return files;
});
const runs = positive('runs');
const largeRuns = positive('large-runs');
const coldRuns = positive('cold-runs');
const log = (line) => process.stderr.write(`${line}\n`);

const startedAt = new Date();
const loads = [currentLoad()];
log('building dist/ (node scripts/build.mjs)...');
execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
const scratch = await mkdtemp(join(tmpdir(), 'ml-docs-guard-bench-'));
try {
  const coreEntry = join(scratch, 'core-entry.mjs');
  await build({
    entryPoints: [join(root, 'scripts/bench/core-entry.ts')],
    outfile: coreEntry,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    logLevel: 'warning',
    banner: { js: "import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);" },
  });
  const leanCli = join(scratch, 'cli-without-content-checks.mjs');
  await buildLeanCli({ entry: join(root, 'src/cli/index.ts'), outfile: leanCli });
  const rows = [];
  for (const files of sizes) {
    log(`case: ${files} changed files`);
    const caseRuns = files >= LARGE_CASE_FILES ? largeRuns : runs;
    rows.push(await runCase({ files, runs: caseRuns, scratch, cli: join(root, 'dist/cli.js'), leanCli, coreEntry, log }));
    loads.push(currentLoad());
  }
  log('Action cold start...');
  const bundle = join(root, 'dist/index.js');
  const coldSamples = [];
  for (let run = 0; run <= coldRuns; run += 1) {
    const ms = await measureColdStart({ bundle });
    // The first spawn pays for reading the bundle from disk; later ones are what a runner sees with a warm cache.
    if (run > 0) coldSamples.push(ms);
  }
  const coldStart = { medianMs: median(coldSamples), runs: coldRuns };
  const bundleBytes = (await stat(bundle)).size;
  const checks = checkTargets(rows);
  const machine = describeMachine();

  console.log(`\n${textTable(rows)}\n`);
  for (const check of checks) console.log(checkLine(check));
  const floor = nodeFloor(rows);
  if (floor !== undefined) console.log(floor);
  console.log(
    `Action cold start: ${Math.round(coldStart.medianMs)} ms (median of ${coldRuns}); dist/index.js ${(bundleBytes / 1024).toFixed(0)} KiB`,
  );
  console.log(
    `Machine: ${machine.nproc} cores, ${machine.cpu}, Node ${machine.node}, git ${machine.git}; load ${loads.join(' → ')}; RSS by ${RSS_METHOD}`,
  );

  if (!options['print-only']) {
    const argv = process.argv.slice(2);
    const command = `npm run bench${argv.length > 0 ? ` -- ${argv.join(' ')}` : ''}`;
    const results = resultsMarkdown({ rows, checks, machine, coldStart, bundleBytes, startedAt, loads, command });
    await writeBenchmarksDoc({ path: join(root, 'docs/benchmarks.md'), results });
    log('wrote docs/benchmarks.md');
  }
} finally {
  if (options.keep) log(`kept the generated repositories in ${scratch}`);
  else await rm(scratch, { recursive: true, force: true });
}
