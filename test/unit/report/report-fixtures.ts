import type { AreaReport, Change, Report } from '../../../src/core/types.js';

/** A report with nothing in it: the PR touched no ML file. Override what a scenario needs. */
export function report(overrides: Partial<Report> = {}): Report {
  return {
    verdict: 'pass',
    mode: 'fail',
    areas: [],
    missing: [],
    changelog: { path: 'CHANGELOG.md', required: true, updated: false, entry: '' },
    configProblems: [],
    notices: [],
    skip: { labels: ['no-docs-needed'], marker: '[skip ml-docs]' },
    stats: { files: 3, ignored: 1, docs: 0 },
    ...overrides,
  };
}

/** An area report; by default triggered by one file and not satisfied. */
export function area(overrides: Partial<AreaReport> & Pick<AreaReport, 'name'>): AreaReport {
  return {
    description: `${overrides.name} changes`,
    files: [],
    satisfied: false,
    docs: [],
    expected: [],
    changes: [],
    findings: [],
    ...overrides,
  };
}

export const learningRateChange: Change = {
  file: 'params.yaml',
  line: 12,
  kind: 'hyperparameter',
  summary: '`train.lr`: 0.01 → 0.001',
  key: 'train.lr',
  before: '0.01',
  after: '0.001',
};

export const ENTRY = [
  '### Changed',
  '',
  '- **Model**: lower the learning rate to 0.001 (#42)',
  '  - `train.lr`: 0.01 → 0.001 (`params.yaml`)',
  '- **Data**: new training split (`data/train.csv.dvc`)',
  '',
].join('\n');

const modelArea = area({
  name: 'model',
  description: 'Training and model code, hyperparameters',
  files: ['src/train.py', 'params.yaml'],
  expected: ['MODEL_CARD.md', 'model_card.md', 'docs/model*'],
  changes: [learningRateChange, { file: 'src/train.py', line: 40, kind: 'function', summary: '`train()` changed' }],
});

const dataArea = area({
  name: 'data',
  description: 'Datasets and data pointers',
  files: ['data/train.csv.dvc'],
  satisfied: true,
  docs: ['docs/datasheet.md'],
  expected: ['docs/data*', 'DATASHEET.md'],
  changes: [{ file: 'data/train.csv.dvc', line: 3, kind: 'dataset', summary: 'dataset `train.csv`: md5 `1a2b` → `3c4d`' }],
  findings: [
    {
      file: 'docs/datasheet.md',
      line: 8,
      kind: 'missing-section',
      message: 'No "Splits" section: say how the data was split.',
      suggestion: '## Splits',
    },
  ],
});

/** Mode fail: the model card and the changelog are missing; the datasheet was updated. */
export const failingReport = report({
  verdict: 'fail',
  areas: [modelArea, dataArea],
  missing: [
    { area: 'model', expected: modelArea.expected, reason: 'no model card was added or modified' },
    { area: 'changelog', expected: ['CHANGELOG.md'], reason: 'every ML change needs a changelog entry' },
  ],
  changelog: { path: 'CHANGELOG.md', required: true, updated: false, entry: ENTRY },
  stats: { files: 5, ignored: 0, docs: 1 },
});

/** The same pull request in a repository whose config says `mode: warn`. */
export const warningReport = report({ ...failingReport, verdict: 'warn', mode: 'warn' });

/** Every requirement met, the changelog included. */
export const completeReport = report({
  areas: [{ ...modelArea, satisfied: true, docs: ['MODEL_CARD.md'] }],
  changelog: { path: 'CHANGELOG.md', required: true, updated: true, entry: ENTRY },
  stats: { files: 4, ignored: 0, docs: 2 },
});

export const skippedReport = report({
  verdict: 'skipped',
  skipReason: 'label `no-docs-needed`',
  stats: { files: 5, ignored: 0, docs: 0 },
});

export const configErrorReport = report({
  verdict: 'fail',
  configProblems: [
    {
      file: '.github/ml-docs-guard.yml',
      ref: 'main',
      line: 3,
      column: 5,
      field: 'areas.model.paths',
      message: 'must be an array of globs, got a string',
    },
    {
      file: '.github/ml-docs-guard.yml',
      line: 9,
      column: 1,
      field: 'colour',
      message: 'unknown key `colour` (valid keys: _extends, extends, mode, areas, ignore, changelog, skip)',
    },
  ],
});

/** A repository without a model card: the README would do, and `MODEL_CARD.md` is suggested. */
export const fallbackDocReport = report({
  verdict: 'fail',
  areas: [area({ name: 'model', files: ['train.py'], expected: ['MODEL_CARD.md', 'README.md'], suggestedDoc: 'MODEL_CARD.md' })],
  missing: [{ area: 'model', expected: ['MODEL_CARD.md', 'README.md'], reason: 'no model card was added or modified' }],
  changelog: { path: 'CHANGELOG.md', required: false, updated: false, entry: '' },
  stats: { files: 1, ignored: 0, docs: 0 },
});

/** File names that break naive markdown: spaces, pipes, backticks, HTML, non-ASCII, a newline. */
export const oddNamesReport = report({
  verdict: 'fail',
  areas: [
    area({
      name: 'data',
      files: [
        'data/my file.csv',
        'data/a|b.csv',
        'data/`tick`.csv',
        'data/<script>x</script>.csv',
        'data/données_é.csv',
        'data/new\nline.csv',
      ],
      expected: ['docs/data|*.md'],
      changes: [
        { file: 'data/a|b.csv', line: 1, kind: 'dataset', summary: 'column `a|b` added <b>bold</b> [link](http://x) *emph*' },
      ],
    }),
  ],
  missing: [{ area: 'data', expected: ['docs/data|*.md'], reason: 'the datasheet | was not <updated>' }],
  changelog: {
    path: 'CHANGE`LOG.md',
    required: true,
    updated: false,
    entry: '### Added\n\n- ```code``` in the entry\n- ````more````\n',
  },
  notices: ['The PR changes `.github/ml-docs-guard.yml`; it applies after merge. <!-- not a marker -->'],
  stats: { files: 6, ignored: 0, docs: 0 },
});

/** Every report shape a renderer must handle, named for the tests that render them all. */
export const REPORT_SCENARIOS: ReadonlyArray<[string, Report]> = [
  ['pass with nothing triggered', report()],
  ['pass with every doc updated', completeReport],
  ['fail: model card and changelog missing', failingReport],
  ['warn: same PR in warn mode', warningReport],
  ['skipped by a label', skippedReport],
  ['invalid configuration', configErrorReport],
  ['no model card yet: fallback doc and suggested file', fallbackDocReport],
  ['odd file names and user text', oddNamesReport],
];
