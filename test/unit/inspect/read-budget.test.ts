import { describe, expect, it } from '@jest/globals';
import { INSPECTORS, inspectFile } from '../../../src/core/inspect/index.js';
import { ReadBudgetExceeded, refuseNow, refuseReads } from '../../../src/core/inspect/read-budget.js';
import type { ChangedFile, ContentSource } from '../../../src/core/types.js';

const source: ContentSource = {
  readFile: async () => 'text',
  listFiles: async () => ['a.txt'],
};

describe('refuseReads', () => {
  it('refuses every read with a ReadBudgetExceeded naming the path, and remembers it', async () => {
    const refusing = refuseReads(source);
    expect(refusing.refused()).toBe(false);
    const read = refusing.readFile('head', 'configs/train.yaml');
    await expect(read).rejects.toBeInstanceOf(ReadBudgetExceeded);
    await expect(read).rejects.toThrow('not read: configs/train.yaml is past the pull request');
    expect(refusing.refused()).toBe(true);
  });

  it('still lists files, and leaves the stack trace limit as it found it', async () => {
    const limit = Error.stackTraceLimit;
    const refusing = refuseReads(source);
    await expect(refusing.listFiles('base')).resolves.toEqual(['a.txt']);
    await refusing.readFile('base', 'x').catch(() => undefined);
    expect(Error.stackTraceLimit).toBe(limit);
    expect(refusing.refused()).toBe(true);
  });
});

/** Paths each content-reading inspector understands (the first it matches is used). */
const SAMPLE_PATHS = [
  'configs/train.yaml',
  'k8s/api/deployment.yaml',
  'data/raw/train.csv.dvc',
  'docker-compose.yml',
  'eval/metrics.json',
  'dvc.lock',
  'dvc.yaml',
  'data/schema.yaml',
  'Pipfile',
  'pyproject.toml',
  'environment.yml',
];

const modified = (path: string): ChangedFile => ({ path, status: 'modified', additions: 1, deletions: 1 });

describe('inspectors that read first', () => {
  const readingFirst = INSPECTORS.filter((inspector) => inspector.readsFirst === true);

  it.each(readingFirst.map((inspector) => ({ name: inspector.name, inspector })))(
    '$name is refused at its first step when reads are refused',
    async ({ inspector }) => {
      const path = SAMPLE_PATHS.find((candidate) => inspector.matches(candidate));
      expect(path).toBeDefined();
      const run = inspector.inspect({ file: modified(path as string), patch: undefined, source: refuseReads(source) });
      await expect(run).rejects.toBeInstanceOf(ReadBudgetExceeded);
    },
  );

  it('are not run past the budget: the file is reported not inspected and the refusal counted', async () => {
    const refusing = refuseReads(source);
    const changes = await inspectFile({ file: modified('configs/train.yaml'), patch: undefined, source: refusing });
    expect(changes).toEqual([
      {
        file: 'configs/train.yaml',
        kind: 'not-inspected',
        summary: "`configs/train.yaml` not inspected: past the pull request's budget of files whose contents are read",
      },
    ]);
    expect(refusing.refused()).toBe(true);
  });

  it('leave other sources alone', () => {
    expect(refuseNow(source)).toBe(false);
  });
});
