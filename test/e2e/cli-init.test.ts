import { afterEach, describe, expect, it } from '@jest/globals';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gitRepo, type GitRepo } from '../helpers/git-repo.js';
import { runCli, stderrLines } from '../helpers/run-cli.js';

const CONFIG = '.github/ml-docs-guard.yml';

/** A DVC project with a datasheet but no model card, and nothing about deployment. */
const PROJECT = {
  'params.yaml': 'train:\n  lr: 0.1\n',
  'src/train.py': 'print("train")\n',
  'data/raw.csv.dvc': 'outs:\n- md5: aaaa\n',
  'DATASHEET.md': '# Datasheet\n',
  'README.md': '# Project\n',
};

describe('ml-docs-guard init', () => {
  let repo: GitRepo | undefined;
  afterEach(async () => {
    await repo?.remove();
    repo = undefined;
  });

  it('writes a starter config that check then runs on', async () => {
    repo = await gitRepo({ files: PROJECT });
    const init = await runCli({ args: ['init'], cwd: repo.dir });
    expect(init.code).toBe(0);
    expect(init.stdout.split('\n')[0]).toBe(`Wrote ${CONFIG}`);
    const config = await readFile(join(repo.dir, CONFIG), 'utf8');
    expect(config).toContain('extends: recommended');
    expect(config).toContain('params.yaml');

    await repo.commit({ message: 'Add the ml-docs-guard config' });
    await repo.branch('tune');
    await repo.commit({
      message: 'Tune',
      files: { 'params.yaml': 'train:\n  lr: 0.01\n', 'README.md': '# Project\n\nlr 0.01\n' },
    });
    const check = await runCli({ args: ['check', '--repo', repo.dir, '--base', 'main', '--format', 'json'] });
    expect(stderrLines(check)).toEqual([]);
    expect((JSON.parse(check.stdout) as { areas: { name: string }[] }).areas.map((area) => area.name)).toEqual(['model']);
  });

  it('refuses to overwrite an existing config without --force', async () => {
    repo = await gitRepo({ files: { ...PROJECT, [CONFIG]: 'mode: warn\n' } });
    const refused = await runCli({ args: ['init', '--repo', repo.dir] });
    expect(refused.code).toBe(2);
    expect(stderrLines(refused)).toEqual([
      `ml-docs-guard: ${CONFIG} already exists in ${await realRoot(repo)}; pass --force to overwrite it`,
    ]);
    expect(await readFile(join(repo.dir, CONFIG), 'utf8')).toBe('mode: warn\n');

    const forced = await runCli({ args: ['init', '--repo', repo.dir, '--force'] });
    expect(forced.code).toBe(0);
    expect(await readFile(join(repo.dir, CONFIG), 'utf8')).toContain('extends: recommended');
  });

  it('with --docs, writes the templates of the documents the layout needs and lacks', async () => {
    repo = await gitRepo({ files: PROJECT });
    const result = await runCli({ args: ['init', '--docs', '--repo', repo.dir] });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Wrote ${CONFIG}\nWrote MODEL_CARD.md\n`);
    expect(await readFile(join(repo.dir, 'MODEL_CARD.md'), 'utf8')).toMatch(/^## /m);
    // A datasheet exists, and nothing here is deployed: neither gets a template.
    expect(await readFile(join(repo.dir, 'DATASHEET.md'), 'utf8')).toBe('# Datasheet\n');
    expect(await readdir(repo.dir)).not.toContain('DEPLOYMENT.md');
  });

  it('finds files that are not committed yet, and skips ignored ones', async () => {
    repo = await gitRepo({ files: { 'README.md': '# Project\n', '.gitignore': 'scratch/\n' } });
    await repo.write({ Dockerfile: 'FROM python:3.12\n', 'scratch/train.py': 'x = 1\n' });
    const result = await runCli({ args: ['init', '--docs'], cwd: repo.dir });
    expect(result.stdout).toContain('Wrote DEPLOYMENT.md');
    expect(result.stdout).not.toContain('MODEL_CARD.md');
  });

  it('fails outside a git repository', async () => {
    const result = await runCli({ args: ['init', '--repo', '/'] });
    expect(result.code).toBe(2);
    expect(stderrLines(result)).toEqual(["ml-docs-guard: not a git repository (or inside one's work tree): /"]);
  });
});

describe('ml-docs-guard help and version', () => {
  it.each([
    { args: ['--help'], first: 'Usage: ml-docs-guard <command> [options]' },
    { args: ['-h'], first: 'Usage: ml-docs-guard <command> [options]' },
    { args: ['check', '--help'], first: 'Usage: ml-docs-guard check [options]' },
    { args: ['check', '--mode', 'warn', '-h'], first: 'Usage: ml-docs-guard check [options]' },
    { args: ['help', 'check'], first: 'Usage: ml-docs-guard check [options]' },
    { args: ['init', '--help'], first: 'Usage: ml-docs-guard init [options]' },
  ])('$args prints help and exits 0', async ({ args, first }) => {
    const result = await runCli({ args });
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe(first);
    expect(result.stdout).toContain('Exit codes:');
    expect(result.stderr).toBe('');
  });

  it('documents every option of check in its help', async () => {
    const { stdout } = await runCli({ args: ['check', '--help'] });
    for (const option of [
      '--repo',
      '--base',
      '--head',
      '--config',
      '--mode',
      '--format',
      '--title',
      '--body-file',
      '--label',
      '--author',
    ]) {
      expect(stdout).toContain(option);
    }
  });

  it('prints the package version', async () => {
    const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    const result = await runCli({ args: ['--version'] });
    expect(result).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });
});

async function realRoot(repo: GitRepo): Promise<string> {
  return (await repo.git('rev-parse', '--show-toplevel')).trim();
}
