import { describe, expect, it } from '@jest/globals';
import { configErrorReport, evaluatePullRequest } from '../../src/core/evaluate-pull-request.js';
import type { ChangedFile, Config, PullRequestInfo } from '../../src/core/types.js';
import { MemorySource } from '../helpers/memory-source.js';
import { area } from '../helpers/area-config.js';

/** A small config written for these tests, independent of the preset. */
const config: Config = {
  mode: 'fail',
  areas: {
    data: area({ paths: ['data/**', 'src/features/**'], docs: ['DATASHEET.md'] }),
    model: area({
      paths: ['src/models/**', 'src/features/**'],
      docs: ['MODEL_CARD.md'],
      fallbackDocs: ['README.md'],
      template: 'MODEL_CARD.md',
    }),
  },
  ignore: ['tests/**'],
  docs: ['docs/**', '*.md'],
  changelog: { path: 'CHANGELOG.md', required: true },
  skip: { labels: ['no-docs-needed'], marker: '[skip ml-docs]', authors: ['dependabot[bot]'] },
  comment: true,
};

const pullRequest: PullRequestInfo = {
  number: 7,
  url: 'https://github.com/acme/churn/pull/7',
  title: 'Scale features',
  body: '## Why\nSkewed inputs.\n\n## Testing\nUnit tests pass.',
  labels: [],
};

const edit = (path: string, extra: Partial<ChangedFile> = {}): ChangedFile => ({
  path,
  status: 'modified',
  additions: 2,
  deletions: 1,
  patch: '@@ -1 +1,2 @@\n-a\n+b\n+c',
  ...extra,
});

const base = { 'MODEL_CARD.md': '# Model', 'DATASHEET.md': '# Data', 'CHANGELOG.md': '# Changelog' };

async function evaluate(
  files: ChangedFile[],
  overrides: { config?: Config; pullRequest?: PullRequestInfo; configPath?: string; head?: Record<string, string> } = {},
) {
  const source = new MemorySource({ base, head: { ...base, ...overrides.head } });
  const report = await evaluatePullRequest({
    files,
    pullRequest: overrides.pullRequest ?? pullRequest,
    config: overrides.config ?? config,
    source,
    ...(overrides.configPath === undefined ? {} : { configPath: overrides.configPath }),
  });
  return { report, source };
}

describe('evaluatePullRequest', () => {
  it('passes a PR that touches no area, requiring nothing and reading nothing', async () => {
    const { report, source } = await evaluate([edit('src/cli.py'), edit('docs/usage.md'), edit('tests/test_cli.py')]);
    expect(report).toEqual({
      verdict: 'pass',
      mode: 'fail',
      areas: [],
      missing: [],
      changelog: { path: 'CHANGELOG.md', required: false, updated: false, entry: '' },
      configProblems: [],
      notices: [],
      skip: config.skip,
      stats: { files: 3, ignored: 1, docs: 1 },
    });
    expect(source.calls).toEqual([]);
  });

  it.each<[Config['mode'], string]>([
    ['fail', 'fail'],
    ['warn', 'warn'],
  ])('in mode %s, a model change without docs gives %s', async (mode, verdict) => {
    const { report, source } = await evaluate([edit('src/models/net.py')], { config: { ...config, mode } });
    expect(report.verdict).toBe(verdict);
    expect(report.mode).toBe(mode);
    expect(report.missing.map((entry) => [entry.area, entry.expected])).toEqual([
      ['model', ['MODEL_CARD.md']],
      ['changelog', ['CHANGELOG.md']],
    ]);
    expect(report.areas[0]).toMatchObject({ name: 'model', files: ['src/models/net.py'], satisfied: false });
    expect(report.changelog).toMatchObject({ required: true, updated: false });
    expect(report.changelog.entry).toContain('- Model: Scale features ([#7](https://github.com/acme/churn/pull/7))');
    expect(report.changelog.entry).toContain('  - Why: Skewed inputs.');
    expect(source.count('listFiles')).toBe(1);
  });

  it('passes when every triggered area and the changelog are documented', async () => {
    const { report, source } = await evaluate([
      edit('src/features/scale.py'),
      edit('DATASHEET.md'),
      edit('MODEL_CARD.md'),
      edit('CHANGELOG.md'),
    ]);
    expect(report.verdict).toBe('pass');
    expect(report.missing).toEqual([]);
    expect(report.areas.map((entry) => [entry.name, entry.satisfied, entry.docs])).toEqual([
      ['data', true, ['DATASHEET.md']],
      ['model', true, ['MODEL_CARD.md']],
    ]);
    expect(report.changelog).toMatchObject({ path: 'CHANGELOG.md', required: true, updated: true });
    expect(report.stats).toEqual({ files: 4, ignored: 0, docs: 3 });
    expect(source.count('listFiles')).toBe(0);
  });

  it('inspects a file once and files its changes under every area it triggered', async () => {
    const both: Config = {
      ...config,
      areas: {
        ...config.areas,
        data: area({ paths: ['params.yaml'], docs: ['DATASHEET.md'] }),
        model: area({ paths: ['params.yaml'], docs: ['MODEL_CARD.md'] }),
      },
    };
    const source = new MemorySource({
      base: { 'params.yaml': 'split:\n  seed: 1\n' },
      head: { 'params.yaml': 'split:\n  seed: 2\n' },
    });
    const file = edit('params.yaml', { patch: '@@ -1,2 +1,2 @@\n split:\n-  seed: 1\n+  seed: 2' });
    const report = await evaluatePullRequest({ files: [file], pullRequest, config: both, source });
    expect(report.areas.map((entry) => entry.name)).toEqual(['data', 'model']);
    expect(report.areas[0]?.changes).toEqual([
      expect.objectContaining({ file: 'params.yaml', key: 'split.seed', before: '1', after: '2' }),
    ]);
    expect(report.areas[1]?.changes).toEqual(report.areas[0]?.changes);
    expect(source.calls.filter((call) => call.method === 'readFile' && call.side === 'head')).toHaveLength(1);
  });

  it('names the file when the door cannot read it for inspection', async () => {
    class BrokenSource extends MemorySource {
      override async readFile(): Promise<string | undefined> {
        throw new Error('HTTP 502 from the contents API');
      }
    }
    const file = edit('params.yaml', { patch: '@@ -1 +1 @@\n-lr: 0.1\n+lr: 0.01' });
    const settings: Config = { ...config, areas: { model: area({ paths: ['params.yaml'], docs: ['MODEL_CARD.md'] }) } };
    await expect(
      evaluatePullRequest({ files: [file], pullRequest, config: settings, source: new BrokenSource() }),
    ).rejects.toThrow('Could not inspect params.yaml: HTTP 502 from the contents API');
  });

  it('fails only on the changelog when the docs are there', async () => {
    const { report } = await evaluate([edit('data/train.csv'), edit('DATASHEET.md')]);
    expect(report.verdict).toBe('fail');
    expect(report.missing.map((entry) => entry.area)).toEqual(['changelog']);
  });

  it.each<[string, PullRequestInfo, string]>([
    ['a label', { ...pullRequest, labels: ['No-Docs-Needed'] }, 'label `no-docs-needed`'],
    ['the marker', { ...pullRequest, body: 'Refactor. [skip ml-docs]' }, 'marker `[skip ml-docs]` in the description'],
    ['a listed author', { ...pullRequest, author: 'Dependabot[bot]' }, 'author `Dependabot[bot]`'],
  ])('skips on %s, with the reason, without reading anything', async (_name, skipped, reason) => {
    const { report, source } = await evaluate([edit('src/models/net.py'), edit('tests/x.py'), edit('CHANGELOG.md')], {
      pullRequest: skipped,
    });
    expect(report).toEqual({
      verdict: 'skipped',
      mode: 'fail',
      skipReason: reason,
      areas: [],
      missing: [],
      changelog: { path: 'CHANGELOG.md', required: false, updated: true, entry: '' },
      configProblems: [],
      notices: [],
      skip: config.skip,
      stats: { files: 3, ignored: 1, docs: 1 },
    });
    expect(source.calls).toEqual([]);
  });

  const CONFIG = '.github/ml-docs-guard.yml';
  const APPLIES =
    "This pull request changes `.github/ml-docs-guard.yml`: the check uses the base branch's config, so the change applies after merge.";

  it.each<[string, ChangedFile, Record<string, string>, string[]]>([
    ['edited (and valid)', edit(CONFIG), { [CONFIG]: 'mode: warn\n' }, [APPLIES]],
    ['edited (not at head: nothing to validate)', edit(CONFIG), {}, [APPLIES]],
    [
      'renamed away',
      edit('.github/guard.yml', { status: 'renamed', previousPath: CONFIG }),
      {},
      [`${APPLIES} Without it, the organisation's default config or the \`recommended\` preset applies.`],
    ],
    [
      'removed',
      edit(CONFIG, { status: 'removed' }),
      {},
      [`${APPLIES} Without it, the organisation's default config or the \`recommended\` preset applies.`],
    ],
    ['untouched', edit('.github/other.yml'), { [CONFIG]: 'mode: [' }, []],
  ])('tells a PR whose config file is %s that the change applies after merge', async (_name, file, head, expected) => {
    const { report } = await evaluate([file], { configPath: `./${CONFIG}`, head });
    expect(report.notices).toEqual(expected);
  });

  it('validates the config a PR writes, naming each problem at its line on the head branch', async () => {
    const { report, source } = await evaluate([edit(CONFIG)], {
      configPath: CONFIG,
      head: { [CONFIG]: 'mode: strict\nareas:\n  model:\n    pathz: ["src/**"]\n' },
      pullRequest: { ...pullRequest, headRef: 'tune-lr' },
    });
    expect(report.verdict).toBe('pass');
    expect(report.notices).toHaveLength(1);
    const [notice] = report.notices;
    expect(notice).toMatch(
      /^This pull request changes `.github\/ml-docs-guard.yml`: .* The new config is invalid, and once merged every check would fail on it until it is fixed: /,
    );
    expect(notice).toContain('`.github/ml-docs-guard.yml` (ref `tune-lr`) at 1:7');
    expect(notice).toContain('pathz');
    expect(source.calls).toEqual([{ method: 'readFile', side: 'head', path: CONFIG }]);
  });

  it('reports a YAML syntax error in the config a PR writes, and quotes at most five problems', async () => {
    const broken = await evaluate([edit(CONFIG)], { configPath: CONFIG, head: { [CONFIG]: 'mode: [fail\n' } });
    expect(broken.report.notices[0]).toContain('YAML syntax error in `.github/ml-docs-guard.yml` (ref `head`)');

    const keys = Array.from({ length: 8 }, (_, index) => `unknown${index}: 1`).join('\n');
    const many = await evaluate([edit(CONFIG)], { configPath: CONFIG, head: { [CONFIG]: `${keys}\n` } });
    expect(many.report.notices[0]).toMatch(/unknown4[\s\S]*\(and 3 more\)\.$/);
    expect(many.report.notices[0]).not.toContain('unknown5');
  });

  it('does not require a changelog when the config does not', async () => {
    const { report } = await evaluate([edit('data/train.csv'), edit('DATASHEET.md')], {
      config: { ...config, changelog: { path: 'CHANGELOG.md', required: false } },
    });
    expect(report.verdict).toBe('pass');
    expect(report.changelog.required).toBe(false);
    expect(report.changelog.entry).toContain('### Changed');
  });
});

describe('configErrorReport', () => {
  const problem = {
    file: '.github/ml-docs-guard.yml',
    ref: 'main',
    line: 3,
    column: 5,
    field: 'areas.model.paths',
    message: 'must be array',
  };

  it('is a failure that carries the problems and nothing else', () => {
    expect(configErrorReport({ problems: [problem] })).toEqual({
      verdict: 'fail',
      mode: 'fail',
      areas: [],
      missing: [],
      changelog: { path: 'CHANGELOG.md', required: false, updated: false, entry: '' },
      configProblems: [problem],
      notices: [],
      stats: { files: 0, ignored: 0, docs: 0 },
    });
  });

  it('fails even in warn mode: a broken config is never a pass or a warning', () => {
    expect(configErrorReport({ problems: [problem], mode: 'warn' })).toMatchObject({ verdict: 'fail', mode: 'warn' });
  });

  it('refuses to fail without saying why', () => {
    expect(() => configErrorReport({ problems: [] })).toThrow('configErrorReport needs at least one config problem');
  });
});

describe('the read budget', () => {
  const params = (index: number): ChangedFile => ({
    path: `configs/experiment/run-${index}.yaml`,
    status: 'modified',
    patch: '@@ -1,1 +1,1 @@\n-lr: 0.1\n+lr: 0.2',
  });
  const contents = (value: string) =>
    Object.fromEntries(Array.from({ length: 6 }, (_, index) => [`configs/experiment/run-${index}.yaml`, `lr: ${value}\n`]));
  const withHyperparameters: Config = {
    ...config,
    areas: { ...config.areas, model: area({ paths: ['configs/**'], docs: ['MODEL_CARD.md'] }) },
  };

  it('reads the contents of the first files only, judges the rest from their patch, and says so', async () => {
    const source = new MemorySource({ base: contents('0.1'), head: contents('0.2') });
    const report = await evaluatePullRequest({
      files: Array.from({ length: 6 }, (_, index) => params(index)),
      pullRequest,
      config: withHyperparameters,
      source,
      readBudget: 4,
    });
    const read = new Set(source.calls.filter((call) => call.method === 'readFile').map((call) => call.path));
    expect([...read].sort()).toEqual([0, 1, 2, 3].map((index) => `configs/experiment/run-${index}.yaml`));
    const kinds = report.areas[0]?.changes.map((change) => `${change.file.slice(-10)} ${change.kind}`);
    expect(kinds).toEqual([
      'run-0.yaml hyperparameter',
      'run-1.yaml hyperparameter',
      'run-2.yaml hyperparameter',
      'run-3.yaml hyperparameter',
      'run-4.yaml not-inspected',
      'run-5.yaml not-inspected',
    ]);
    expect(report.notices).toContain(
      '2 of the 6 inspected files were judged from their patch alone: contents are read for the first 4 files of a pull request.',
    );
  });
});
