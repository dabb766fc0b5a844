import { afterEach, describe, expect, it } from '@jest/globals';
import { createGitHubContentSource } from '../../src/github/github-content-source.js';
import { readConfig } from '../../src/github/read-config.js';
import { readFileAtRef } from '../../src/github/read-file-at-ref.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { clientFor, targetOf } from './github-test-kit.js';

const BASE = 'b'.repeat(40);
const HEAD = 'c'.repeat(40);
const LARGE = `${'x'.repeat(1024 * 1024)}\nend\n`;

let github: FakeGitHub;
afterEach(async () => github.close());

const start = () =>
  startFakeGitHub({
    snapshots: {
      [BASE]: {
        '.github/ml-docs-guard.yml': 'mode: fail\n',
        'params.yaml': 'lr: 0.1\n',
        'docs/model.md': '# Model\n',
      },
      [HEAD]: {
        '.github/ml-docs-guard.yml': 'mode: warn\n',
        'params.yaml': 'lr: 0.2\n',
        'docs/model.md': '# Model\n',
        'weights.bin': 'PK\u0000\u0003binary',
        'data/huge.csv': LARGE,
      },
    },
  });

describe('readFileAtRef', () => {
  const cases = [
    { name: 'a text file', path: 'params.yaml', expected: 'lr: 0.2\n' },
    { name: 'a missing file (404)', path: 'nope.md', expected: undefined },
    { name: 'a directory', path: 'docs', expected: undefined },
    { name: 'a binary file', path: 'weights.bin', expected: undefined },
  ];

  it.each(cases)('reads $name', async ({ path, expected }) => {
    github = await start();
    const text = await readFileAtRef({ octokit: clientFor(github), target: targetOf(github), path, ref: HEAD });
    expect(text).toBe(expected);
    expect(github.calls()).toEqual([`GET /repos/acme/ml-service/contents/${path}?ref=${HEAD}`]);
  });

  it('reads a file over 1 MB again as raw bytes', async () => {
    github = await start();
    const text = await readFileAtRef({ octokit: clientFor(github), target: targetOf(github), path: 'data/huge.csv', ref: HEAD });
    expect(text?.length).toBe(LARGE.length);
    expect(text === LARGE).toBe(true);
    expect(github.requests.map((request) => request.accept)).toEqual([
      'application/vnd.github.v3+json',
      'application/vnd.github.v3.raw',
    ]);
  });
});

describe('readConfig', () => {
  it("reads the base branch's config, never the head's", async () => {
    github = await start();
    const config = await readConfig({ octokit: clientFor(github), target: targetOf(github), path: '.github/ml-docs-guard.yml' });
    expect(config).toEqual({ text: 'mode: fail\n', path: '.github/ml-docs-guard.yml', ref: 'main' });
    expect(github.calls()).toEqual(['GET /repos/acme/ml-service/contents/.github/ml-docs-guard.yml?ref=main']);
  });

  it('reports no config when the base branch has none', async () => {
    github = await start();
    const config = await readConfig({ octokit: clientFor(github), target: targetOf(github), path: 'ml-docs-guard.yml' });
    expect(config.text).toBeUndefined();
  });
});

describe('createGitHubContentSource', () => {
  it('reads the base side at the merge base, not at the moved base branch', async () => {
    const mergeBase = 'a'.repeat(40);
    github = await startFakeGitHub({
      mergeBaseSha: mergeBase,
      snapshots: { [mergeBase]: { 'params.yaml': 'lr: 0.05\n' }, [BASE]: { 'params.yaml': 'lr: 0.1\n' } },
    });
    const source = createGitHubContentSource({ octokit: clientFor(github), target: targetOf(github) });
    expect(await source.readFile('base', 'params.yaml')).toBe('lr: 0.05\n');
    expect(await source.listFiles('base')).toEqual(['params.yaml']);
    expect(github.calls().filter((call) => call.includes('/compare/'))).toHaveLength(1);
  });

  it('reads base at the merge base and head at the head SHA, each once', async () => {
    github = await start();
    const source = createGitHubContentSource({ octokit: clientFor(github), target: targetOf(github) });

    const reads = await Promise.all([
      source.readFile('base', 'params.yaml'),
      source.readFile('head', 'params.yaml'),
      source.readFile('base', 'params.yaml'),
      source.readFile('head', 'params.yaml'),
    ]);

    expect(reads).toEqual(['lr: 0.1\n', 'lr: 0.2\n', 'lr: 0.1\n', 'lr: 0.2\n']);
    expect(github.calls()).toEqual([
      `GET /repos/acme/ml-service/compare/${BASE}...${HEAD}?per_page=1`,
      `GET /repos/acme/ml-service/contents/params.yaml?ref=${HEAD}`,
      `GET /repos/acme/ml-service/contents/params.yaml?ref=${BASE}`,
    ]);
  });

  it('lists files with one recursive tree call per side, files only, sorted', async () => {
    github = await start();
    const source = createGitHubContentSource({ octokit: clientFor(github), target: targetOf(github) });

    expect(await source.listFiles('base')).toEqual(['.github/ml-docs-guard.yml', 'docs/model.md', 'params.yaml']);
    expect(await source.listFiles('base')).toHaveLength(3);
    expect(github.calls()).toEqual([
      `GET /repos/acme/ml-service/compare/${BASE}...${HEAD}?per_page=1`,
      `GET /repos/acme/ml-service/git/trees/${BASE}?recursive=1`,
    ]);
  });

  it('answers reads of files absent from a listed tree without a request', async () => {
    github = await start();
    const source = createGitHubContentSource({ octokit: clientFor(github), target: targetOf(github) });

    await source.listFiles('head');
    expect(await source.readFile('head', 'MODEL_CARD.md')).toBeUndefined();
    expect(await source.readFile('head', 'docs/model.md')).toBe('# Model\n');

    expect(github.calls()).toEqual([
      `GET /repos/acme/ml-service/git/trees/${HEAD}?recursive=1`,
      `GET /repos/acme/ml-service/contents/docs/model.md?ref=${HEAD}`,
    ]);
  });

  it('fails when a side cannot be listed completely', async () => {
    github = await start();
    github.truncatedTrees.add(HEAD);
    const source = createGitHubContentSource({ octokit: clientFor(github), target: targetOf(github) });
    await expect(source.listFiles('head')).rejects.toThrow(/GitHub truncated the file tree/);
  });
});
