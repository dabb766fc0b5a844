import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gitRepo, ISOLATED_GIT_ENV, type GitRepo } from '../helpers/git-repo.js';
import { runCli, stderrLines } from '../helpers/run-cli.js';

const execFileAsync = promisify(execFile);
const gitEnv = { ...process.env, ...ISOLATED_GIT_ENV };

const MODEL_CHANGE = { 'params.yaml': 'train:\n  learning_rate: 0.001\n' };

describe('ml-docs-guard check: bad input exits 2 with one line on stderr', () => {
  let repo: GitRepo;
  let outside: string;

  beforeAll(async () => {
    repo = await gitRepo({ files: { 'params.yaml': 'train:\n  learning_rate: 0.01\n', 'MODEL_CARD.md': '# Card\n' } });
    await repo.branch('tune');
    await repo.commit({ message: 'Tune', files: MODEL_CHANGE });
    await repo.git('switch', '-q', '--orphan', 'unrelated');
    await repo.commit({ message: 'Unrelated history', files: { 'other.txt': 'x\n' } });
    await repo.switchTo('tune');
    outside = await mkdtemp(join(tmpdir(), 'ml-docs-guard-outside-'));
  });
  afterAll(async () => {
    await repo.remove();
    await rm(outside, { recursive: true, force: true });
  });

  const cases: ReadonlyArray<{ name: string; args: () => string[]; cwd?: () => string; stderr: RegExp }> = [
    {
      name: 'not a git repository',
      args: () => ['check'],
      cwd: () => outside,
      stderr: /^ml-docs-guard: not a git repository \(or inside one's work tree\): .*ml-docs-guard-outside-/,
    },
    {
      name: '--repo that does not exist',
      args: () => ['check', '--repo', join(outside, 'nowhere')],
      stderr: /^ml-docs-guard: no such directory: .*nowhere$/,
    },
    {
      name: 'a --base ref that does not exist',
      args: () => ['check', '--repo', repo.dir, '--base', 'no-such-branch'],
      stderr: /^ml-docs-guard: --base 'no-such-branch' does not name a commit in /,
    },
    {
      name: 'a --head ref that does not exist',
      args: () => ['check', '--repo', repo.dir, '--base', 'main', '--head', 'v9.9'],
      stderr: /^ml-docs-guard: --head 'v9\.9' does not name a commit in /,
    },
    {
      name: 'a base with no common ancestor',
      args: () => ['check', '--repo', repo.dir, '--base', 'unrelated'],
      stderr: /^ml-docs-guard: 'unrelated' and 'HEAD' have no common ancestor, so there is nothing to compare/,
    },
    {
      name: 'an unknown option',
      args: () => ['check', '--repo', repo.dir, '--strict'],
      stderr: /^ml-docs-guard: unknown option '--strict' \(see 'ml-docs-guard check --help'\)$/,
    },
    {
      name: 'an option without its value',
      args: () => ['check', '--base'],
      stderr: /^ml-docs-guard: option '--base' needs a value \(see 'ml-docs-guard check --help'\)$/,
    },
    {
      name: 'a positional argument',
      args: () => ['check', 'main'],
      stderr: /^ml-docs-guard: unexpected argument 'main' \(see 'ml-docs-guard check --help'\)$/,
    },
    {
      name: 'a bad --mode',
      args: () => ['check', '--mode', 'strict'],
      stderr: /^ml-docs-guard: invalid --mode 'strict' \(expected fail, warn\)/,
    },
    {
      name: 'a bad --format',
      args: () => ['check', '--format', 'yaml'],
      stderr: /^ml-docs-guard: invalid --format 'yaml' \(expected text, markdown, json\)/,
    },
    {
      name: 'an unknown command',
      args: () => ['lint'],
      stderr: /^ml-docs-guard: unknown command 'lint'; expected check or init \(see 'ml-docs-guard --help'\)$/,
    },
    {
      name: 'no command',
      args: () => [],
      stderr: /^ml-docs-guard: missing command; expected check or init \(see 'ml-docs-guard --help'\)$/,
    },
    {
      name: 'a --config file that exists neither in the base commit nor on disk',
      args: () => ['check', '--repo', repo.dir, '--base', 'main', '--config', 'strict.yml'],
      stderr: /^ml-docs-guard: config file not found: strict\.yml \(not in the base commit [0-9a-f]{12}, nor at .*strict\.yml\)$/,
    },
    {
      name: 'a --body-file that does not exist',
      args: () => ['check', '--repo', repo.dir, '--base', 'main', '--body-file', join(outside, 'body.md')],
      stderr: /^ml-docs-guard: cannot read --body-file .*body\.md: no such file$/,
    },
  ];

  it.each(cases)('$name', async ({ args, cwd, stderr }) => {
    const result = await runCli({ args: args(), ...(cwd === undefined ? {} : { cwd: cwd() }) });
    expect(result.code).toBe(2);
    expect(stderrLines(result)).toEqual([expect.stringMatching(stderr)]);
  });

  it('finds no default base when the repository has neither origin/HEAD, main nor master', async () => {
    const trunk = await gitRepo({ files: { 'a.txt': 'a\n' } });
    await trunk.git('branch', '-m', 'main', 'trunk');
    const result = await runCli({ args: ['check', '--repo', trunk.dir] });
    await trunk.remove();
    expect(result.code).toBe(2);
    expect(stderrLines(result)).toEqual([
      'ml-docs-guard: no base branch found (none of refs/remotes/origin/HEAD, main, master exists); pass --base REF',
    ]);
  });

  it("prefers the remote's default branch to a local main", async () => {
    const clone = await mkdtemp(join(tmpdir(), 'ml-docs-guard-clone-'));
    await execFileAsync('git', ['clone', '-q', '--branch', 'main', repo.dir, clone], { env: gitEnv });
    await execFileAsync('git', ['-C', clone, 'remote', 'set-head', 'origin', 'main'], { env: gitEnv });
    // Local main now equals the change: compared with it there would be nothing to check.
    await execFileAsync('git', ['-C', clone, 'reset', '-q', '--hard', 'origin/tune'], { env: gitEnv });
    const result = await runCli({ args: ['check', '--repo', clone, '--format', 'json'] });
    await rm(clone, { recursive: true, force: true });
    expect(result.code).toBe(1);
    expect((JSON.parse(result.stdout) as { stats: { files: number } }).stats.files).toBe(1);
  });
});

describe('ml-docs-guard check: invalid config', () => {
  const bad = [
    {
      name: 'malformed YAML',
      config: 'mode: [fail\n',
      stderr: /^ml-docs-guard: invalid config: YAML syntax error in `\.github\/ml-docs-guard\.yml` \(ref `[0-9a-f]{12}`\) at 2:1/,
      problem: { line: 2, column: 1, field: null },
    },
    {
      name: 'an unknown key',
      config: 'mode: fail\nareas:\n  model:\n    pathz: ["src/**"]\n',
      stderr: /^ml-docs-guard: invalid config: unknown key `pathz`.* at 4:5/,
      problem: { line: 4, column: 5, field: 'areas.model.pathz' },
    },
    {
      name: 'a wrong value',
      config: 'mode: strict\n',
      stderr: /^ml-docs-guard: invalid config: .*strict/,
      problem: { line: 1, field: 'mode' },
    },
  ];

  it.each(bad)(
    '$name: exit 2, one stderr line, and the problem with its position in the report',
    async ({ config, stderr, problem }) => {
      const repo = await gitRepo({ files: { '.github/ml-docs-guard.yml': config, 'params.yaml': 'lr: 1\n' } });
      await repo.branch('change');
      await repo.commit({ message: 'Change', files: { 'params.yaml': 'lr: 2\n' } });
      const json = await runCli({ args: ['check', '--repo', repo.dir, '--base', 'main', '--format', 'json'] });
      const text = await runCli({ args: ['check', '--repo', repo.dir, '--base', 'main'] });
      await repo.remove();

      expect(json.code).toBe(2);
      expect(stderrLines(json)).toEqual([expect.stringMatching(stderr)]);
      const report = JSON.parse(json.stdout) as { verdict: string; configProblems: Record<string, unknown>[] };
      expect(report.verdict).toBe('fail');
      expect(report.configProblems[0]).toMatchObject({ file: '.github/ml-docs-guard.yml', ...problem });
      expect(text.code).toBe(2);
      expect(text.stdout).toContain(`.github/ml-docs-guard.yml:${problem.line}:`);
    },
  );

  it('reads --config at the base commit, and from disk when the base commit has no such file', async () => {
    const repo = await gitRepo({
      files: { 'ci/docs-guard.yml': 'mode: warn\n', 'params.yaml': 'lr: 1\n', 'MODEL_CARD.md': '# Card\n' },
    });
    await repo.branch('change');
    await repo.commit({ message: 'Change', files: { 'params.yaml': 'lr: 2\n', 'ci/docs-guard.yml': 'mode: fail\n' } });
    const outsideDir = await mkdtemp(join(tmpdir(), 'ml-docs-guard-config-'));
    await writeFile(join(outsideDir, 'strict.yml'), 'mode: fail\n');

    const inRepo = await runCli({ args: ['check', '--repo', repo.dir, '--base', 'main', '--config', 'ci/docs-guard.yml'] });
    const onDisk = await runCli({ args: ['check', '--base', 'main', '--config', join(outsideDir, 'strict.yml')], cwd: repo.dir });
    await repo.remove();
    await rm(outsideDir, { recursive: true, force: true });

    expect(inRepo.code).toBe(0);
    expect(inRepo.stdout).toContain('WARN');
    expect(onDisk.code).toBe(1);
  });
});
