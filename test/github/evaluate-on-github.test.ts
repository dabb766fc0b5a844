import { afterEach, describe, expect, it } from '@jest/globals';
import { evaluateOnGitHub } from '../../src/github/evaluate-on-github.js';
import { startFakeGitHub, type FakeFile, type FakeGitHub, type FakeGitHubOptions } from '../helpers/fake-github.js';
import { clientFor, targetOf } from './github-test-kit.js';

const BASE = 'b'.repeat(40);
const HEAD = 'c'.repeat(40);
const CONFIG = '.github/ml-docs-guard.yml';
const PARAMS: FakeFile = {
  filename: 'params.yaml',
  status: 'modified',
  patch: '@@ -1 +1 @@\n-lr: 0.1\n+lr: 0.2',
  additions: 1,
  deletions: 1,
};
const pullRequest = { number: 7, title: 'Tune lr', body: '', labels: [] };

let github: FakeGitHub;
afterEach(async () => github.close());

const start = (baseConfig?: string, options: FakeGitHubOptions = {}) =>
  startFakeGitHub({
    files: [PARAMS],
    snapshots: {
      [BASE]: { 'params.yaml': 'lr: 0.1\n', ...(baseConfig === undefined ? {} : { [CONFIG]: baseConfig }) },
      [HEAD]: { 'params.yaml': 'lr: 0.2\n' },
    },
    ...options,
  });

const evaluate = (mode?: 'fail' | 'warn', changedFiles?: number) =>
  evaluateOnGitHub({
    octokit: clientFor(github),
    target: targetOf(github),
    pullRequest,
    configPath: CONFIG,
    ...(mode === undefined ? {} : { mode }),
    ...(changedFiles === undefined ? {} : { changedFiles }),
  });

describe('evaluateOnGitHub', () => {
  const verdicts = [
    { name: 'no config (the recommended preset)', config: undefined, mode: undefined, verdict: 'fail' },
    { name: "the base config's mode", config: 'mode: warn\n', mode: undefined, verdict: 'warn' },
    { name: 'the mode input over the config', config: 'mode: warn\n', mode: 'fail' as const, verdict: 'fail' },
  ];

  it.each(verdicts)('judges with $name', async ({ config, mode, verdict }) => {
    github = await start(config);
    const { report, files } = await evaluate(mode);
    expect(report.verdict).toBe(verdict);
    expect(report.areas.map((area) => area.name)).toEqual(['model']);
    expect(files.map((file) => file.path)).toEqual(['params.yaml']);
  });

  it('turns an invalid base config into a failing report that lists the problem', async () => {
    github = await start('mode: sometimes\n');
    const { report, config } = await evaluate('warn');
    expect(config).toBeUndefined();
    expect(report.verdict).toBe('fail');
    expect(report.configProblems).toEqual([
      expect.objectContaining({
        file: CONFIG,
        ref: 'main',
        line: 1,
        field: 'mode',
        message: expect.stringContaining('sometimes'),
      }),
    ]);
  });

  it('puts the tree-comparison notice first in the report', async () => {
    github = await start(undefined, {
      snapshots: { [BASE]: { 'params.yaml': 'lr: 0.1\n' }, [HEAD]: { 'params.yaml': 'lr: 0.2\n' } },
    });
    const { report, files } = await evaluate(undefined, 4000);
    expect(files).toEqual([{ path: 'params.yaml', status: 'modified' }]);
    expect(report.notices[0]).toMatch(/^This pull request changes 4,000 files/);
    expect(github.calls().filter((call) => call.includes('/compare/'))).toHaveLength(1);
  });

  it('fails with the reason when the files cannot be listed', async () => {
    github = await start();
    github.inject({ method: 'GET', path: /\/pulls\/7\/files$/, fault: { kind: 'status', status: 404 }, times: 1 });
    await expect(evaluate()).rejects.toThrow(
      'Could not list the files of pull request acme/ml-service#7 (GET /repos/acme/ml-service/pulls/7/files?per_page=100&page=1): GitHub answered 404',
    );
  });
});
