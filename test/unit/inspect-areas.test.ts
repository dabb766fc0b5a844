import { describe, expect, it } from '@jest/globals';
import { evaluatePullRequest } from '../../src/core/evaluate-pull-request.js';
import { inspectAreas } from '../../src/core/inspect-areas.js';
import type { ChangedFile, Config, PullRequestInfo } from '../../src/core/types.js';
import { MemorySource } from '../helpers/memory-source.js';
import { area } from '../helpers/area-config.js';

const config: Config = {
  mode: 'fail',
  areas: {
    model: area({ paths: ['configs/**'], docs: ['MODEL_CARD.md'] }),
    pipeline: area({
      paths: ['dvc.yaml'],
      docs: ['docs/pipeline.md'],
      content: { paths: ['pyproject.toml'], kinds: ['dependency', 'framework'] },
    }),
  },
  ignore: ['tests/**'],
  docs: ['*.md'],
  changelog: { path: 'CHANGELOG.md', required: true },
  skip: { labels: ['no-docs-needed'], marker: '[skip ml-docs]', authors: [] },
  comment: true,
};

/** Both sides of pyproject.toml: inspection reads them to see the torch bump. */
const BASE = { 'pyproject.toml': '[project]\ndependencies = ["torch==2.1"]\n', 'configs/a.yaml': 'lr: 0.1\n' };
const HEAD = { 'pyproject.toml': '[project]\ndependencies = ["torch==2.3"]\n', 'configs/a.yaml': 'lr: 0.2\n' };

const pullRequest: PullRequestInfo = { title: 'Retune', body: 'Why: drift.', labels: [] };

const params = (name: string, from: string, to: string): ChangedFile => ({
  path: `configs/${name}.yaml`,
  status: 'modified',
  patch: `@@ -1,1 +1,1 @@\n-lr: ${from}\n+lr: ${to}`,
});

const FILES: ChangedFile[] = [
  params('a', '0.1', '0.2'),
  { path: 'MODEL_CARD.md', status: 'modified', patch: '@@ -1 +1 @@\n-# Old\n+# Model' },
  {
    path: 'pyproject.toml',
    status: 'modified',
    patch: '@@ -1,2 +1,2 @@\n [project]\n-dependencies = ["torch==2.1"]\n+dependencies = ["torch==2.3"]',
  },
  { path: 'tests/test_a.py', status: 'added', patch: '@@ -0,0 +1 @@\n+assert True' },
  params('b', '0.3', '0.4'),
  { path: 'README.txt', status: 'modified', patch: '@@ -1 +1 @@\n-a\n+b' },
];

/**
 * Yields the files one by one, letting the event loop run between them (as a diff read from
 * git's output does), and records what the source had been asked for when each one was yielded.
 */
function slowly(files: readonly ChangedFile[], source: MemorySource) {
  const readsBefore: string[][] = [];
  async function* generate(): AsyncGenerator<ChangedFile> {
    for (const file of files) {
      await new Promise((resolve) => setTimeout(resolve, 1));
      readsBefore.push(source.calls.map((call) => `${call.side}:${call.path}`));
      yield file;
    }
  }
  return { files: generate(), readsBefore };
}

describe('inspectAreas', () => {
  it('sorts the files as they arrive: areas by path, docs, ignored, other, and content candidates', async () => {
    const source = new MemorySource({ base: BASE, head: HEAD });
    const inspection = await inspectAreas({ files: FILES, config, source, readBudget: 25, inspect: true });
    expect(inspection.files).toEqual(FILES);
    const paths = (files: readonly ChangedFile[]) => files.map((file) => file.path);
    expect(inspection.byPath.areas.map((entry) => [entry.name, paths(entry.files)])).toEqual([
      ['model', ['configs/a.yaml', 'configs/b.yaml']],
    ]);
    expect(paths(inspection.byPath.docs)).toEqual(['MODEL_CARD.md']);
    expect(paths(inspection.byPath.ignored)).toEqual(['tests/test_a.py']);
    expect(paths(inspection.byPath.other)).toEqual(['pyproject.toml', 'README.txt']);
    // pyproject.toml bumps torch: its content takes it into the pipeline area.
    expect(inspection.classification.areas.map((entry) => [entry.name, paths(entry.files)])).toEqual([
      ['model', ['configs/a.yaml', 'configs/b.yaml']],
      ['pipeline', ['pyproject.toml']],
    ]);
    expect(inspection.changes.get('pipeline')?.map((change) => change.kind)).toEqual(['framework']);
  });

  it('inspects each file before the next one arrives, so inspection overlaps the reading of the diff', async () => {
    const head = { 'configs/a.yaml': 'lr: 0.2\n', 'configs/b.yaml': 'lr: 0.4\n' };
    const source = new MemorySource({ base: { 'configs/a.yaml': 'lr: 0.1\n', 'configs/b.yaml': 'lr: 0.3\n' }, head });
    const stream = slowly(FILES, source);
    await inspectAreas({ files: stream.files, config, source, readBudget: 25, inspect: true });
    // When the second file was yielded, configs/a.yaml had already been read at both sides.
    expect(stream.readsBefore[1]).toEqual(expect.arrayContaining(['base:configs/a.yaml', 'head:configs/a.yaml']));
    expect(stream.readsBefore[0]).toEqual([]);
  });

  it('gives the read budget to the first inspected files in diff order, content candidates included', async () => {
    const source = new MemorySource();
    await inspectAreas({ files: FILES, config, source, readBudget: 2, inspect: true });
    const read = [...new Set(source.calls.map((call) => call.path))];
    expect(read).toEqual(['configs/a.yaml', 'pyproject.toml']);
  });

  it('only sorts the files when inspection is off (a skipped pull request)', async () => {
    const source = new MemorySource();
    const inspection = await inspectAreas({ files: FILES, config, source, readBudget: 25, inspect: false });
    expect(source.calls).toEqual([]);
    expect([...inspection.changes.values()].flat()).toEqual([]);
    expect(inspection.byPath.areas.map((entry) => entry.name)).toEqual(['model']);
  });

  it('passes on an error of the file stream, after the inspections it started have settled', async () => {
    const source = new MemorySource();
    async function* broken(): AsyncGenerator<ChangedFile> {
      yield params('a', '0.1', '0.2');
      throw new Error('git diff exited with code 128');
    }
    await expect(inspectAreas({ files: broken(), config, source, readBudget: 25, inspect: true })).rejects.toThrow(
      'git diff exited with code 128',
    );
  });

  it('names the file whose inspection failed', async () => {
    const failing = {
      readFile: async () => {
        throw new Error('connection reset');
      },
      listFiles: async () => [],
    };
    await expect(
      inspectAreas({ files: [params('a', '0.1', '0.2')], config, source: failing, readBudget: 25, inspect: true }),
    ).rejects.toThrow('Could not inspect configs/a.yaml: connection reset');
  });
});

describe('evaluatePullRequest on a stream of files', () => {
  it('gives the same report as on the same files all at once', async () => {
    const head = { ...HEAD, 'MODEL_CARD.md': '# Model\n| lr | 0.1 |\n' };
    const atOnce = await evaluatePullRequest({
      files: FILES,
      pullRequest,
      config,
      source: new MemorySource({ base: BASE, head }),
    });
    const source = new MemorySource({ base: BASE, head });
    const streamed = await evaluatePullRequest({ files: slowly(FILES, source).files, pullRequest, config, source });
    expect(streamed).toEqual(atOnce);
    expect(streamed.areas.map((entry) => entry.name)).toEqual(['model', 'pipeline']);
  });
});
