import { describe, expect, it } from '@jest/globals';
import { RECOMMENDED_PRESET } from '../../../src/core/config/presets.js';
import { DOC_TEMPLATES } from '../../../src/core/config/doc-templates.js';
import { evaluatePullRequest } from '../../../src/core/evaluate-pull-request.js';
import type { ChangedFile, Config, PullRequestInfo } from '../../../src/core/types.js';
import { MemorySource } from '../../helpers/memory-source.js';

const pullRequest: PullRequestInfo = {
  number: 42,
  title: 'Lower the learning rate',
  body: '## Why\nValidation loss diverged after epoch 3.\n\n## Testing\nRetrained on the March split.',
  labels: [],
};

const params = (rate: string): string => ['train:', `  learning_rate: ${rate}`, '  epochs: 20', ''].join('\n');

/** The repository's model card at base: the template's sections, with a filled hyperparameter table. */
const modelCard = [
  '# Model card',
  '',
  '## Model details',
  'Gradient-boosted churn classifier.',
  '',
  '## Intended use',
  'Monthly churn scoring.',
  '',
  '## Training data',
  'Customer snapshots, see DATASHEET.md.',
  '',
  '## Training procedure',
  '',
  '### Hyperparameters',
  '',
  '| Name | Value |',
  '| --- | --- |',
  '| learning_rate | 0.01 |',
  '| epochs | 20 |',
  '',
  '## Evaluation',
  'AUC on the held-out month.',
  '',
  '## Limitations',
  'Not evaluated on new markets.',
  '',
  '## Versions',
  '| Version | What changed |',
  '| --- | --- |',
  '| 1.0.0 | learning_rate 0.01 |',
  '',
].join('\n');
const STALE_ROW = modelCard.split('\n').indexOf('| learning_rate | 0.01 |') + 1;

const base = {
  'params.yaml': params('0.01'),
  'MODEL_CARD.md': modelCard,
  'README.md': '# Churn\n',
  'CHANGELOG.md': '# Changelog\n',
};
const paramsEdit: ChangedFile = {
  path: 'params.yaml',
  status: 'modified',
  additions: 1,
  deletions: 1,
  patch: '@@ -1,3 +1,3 @@\n train:\n-  learning_rate: 0.01\n+  learning_rate: 0.001\n   epochs: 20',
};

async function evaluate({
  files,
  config = RECOMMENDED_PRESET,
  head = {},
}: {
  files: ChangedFile[];
  config?: Config;
  head?: Record<string, string>;
}) {
  const source = new MemorySource({ base, head: { ...base, 'params.yaml': params('0.001'), ...head } });
  const report = await evaluatePullRequest({ files, pullRequest, config, source });
  return { report, source };
}

describe('a pull request that changes learning_rate in params.yaml (recommended preset)', () => {
  it('flags the model card row that still shows 0.01, names its training section, and asks for the changelog', async () => {
    const { report, source } = await evaluate({ files: [paramsEdit] });
    expect(report.verdict).toBe('fail');
    expect(report.missing.map((missing) => missing.area)).toEqual(['model', 'changelog']);
    const [model] = report.areas;
    expect(model?.changes).toContainEqual(
      expect.objectContaining({ key: 'train.learning_rate', before: '0.01', after: '0.001' }),
    );
    expect(model?.findings).toEqual([
      {
        file: 'MODEL_CARD.md',
        line: STALE_ROW,
        kind: 'stale-value',
        message:
          'Shows an old value (section "Training procedure › Hyperparameters"): `train.learning_rate` `0.01` is now `0.001` (`params.yaml`).',
        suggestion: '| learning_rate | 0.001 |',
      },
    ]);
    expect(report.changelog.entry).toContain('`train.learning_rate`: 0.01 → 0.001');
    // The repository is listed once (shared by the requirements step and the review); the card is read once.
    expect(source.count('listFiles')).toBe(1);
    expect(source.calls.filter((call) => call.method === 'readFile' && call.path !== 'params.yaml')).toEqual([
      { method: 'readFile', side: 'head', path: 'MODEL_CARD.md' },
      { method: 'readFile', side: 'head', path: 'README.md' },
    ]);
  });

  it('names the training section to update when the card has no row to correct', async () => {
    const withoutRow = modelCard.replace('| learning_rate | 0.01 |\n', '');
    const { report } = await evaluate({ files: [paramsEdit], head: { 'MODEL_CARD.md': withoutRow } });
    const heading = withoutRow.split('\n').indexOf('### Hyperparameters') + 1;
    expect(report.areas[0]?.findings).toEqual([
      {
        file: 'MODEL_CARD.md',
        line: heading,
        kind: 'section-to-update',
        message: 'Update the section "Training procedure › Hyperparameters": this pull request changes `train.learning_rate`.',
      },
    ]);
  });

  it('passes once the card row is corrected and the changelog updated, without listing the repository', async () => {
    const fixed = modelCard.replace('| learning_rate | 0.01 |', '| learning_rate | 0.001 |');
    const cardEdit: ChangedFile = {
      path: 'MODEL_CARD.md',
      status: 'modified',
      additions: 1,
      deletions: 1,
      patch: `@@ -${STALE_ROW},1 +${STALE_ROW},1 @@\n-| learning_rate | 0.01 |\n+| learning_rate | 0.001 |`,
    };
    const changelogEdit: ChangedFile = {
      path: 'CHANGELOG.md',
      status: 'modified',
      additions: 1,
      deletions: 0,
      patch: '@@ -1 +1,2 @@\n # Changelog\n+- Lower the learning rate',
    };
    const { report, source } = await evaluate({ files: [paramsEdit, cardEdit, changelogEdit], head: { 'MODEL_CARD.md': fixed } });
    expect(report.verdict).toBe('pass');
    expect(report.areas[0]?.findings).toEqual([]);
    expect(source.count('listFiles')).toBe(0);
  });

  it('blocks on the stale row when the model area is strict, naming it in the missing-doc reason', async () => {
    const strict: Config = {
      ...RECOMMENDED_PRESET,
      areas: {
        ...RECOMMENDED_PRESET.areas,
        model: { ...(RECOMMENDED_PRESET.areas['model'] as Config['areas'][string]), strict: true },
      },
    };
    const cardEdit: ChangedFile = {
      path: 'MODEL_CARD.md',
      status: 'modified',
      additions: 1,
      deletions: 1,
      patch: '@@ -1,2 +1,2 @@\n # Model card\n-\n+Retrained in March.',
    };
    const changelogEdit: ChangedFile = { path: 'CHANGELOG.md', status: 'modified', additions: 1, deletions: 0 };
    const card = modelCard.replace('\n\n## Model details', '\nRetrained in March.\n## Model details');
    const row = card.split('\n').indexOf('| learning_rate | 0.01 |') + 1;
    const loose = await evaluate({ files: [paramsEdit, cardEdit, changelogEdit], head: { 'MODEL_CARD.md': card } });
    expect(loose.report.verdict).toBe('pass');
    expect(loose.report.areas[0]?.findings.map((finding) => [finding.kind, finding.line])).toEqual([['stale-value', row]]);
    const { report } = await evaluate({
      files: [paramsEdit, cardEdit, changelogEdit],
      config: strict,
      head: { 'MODEL_CARD.md': card },
    });
    expect(report.verdict).toBe('fail');
    expect(report.areas[0]?.satisfied).toBe(false);
    expect(report.missing).toEqual([
      {
        area: 'model',
        expected: ['MODEL_CARD.md'],
        reason: `The \`model\` area is strict and its docs have 1 doc finding to fix: stale value at \`MODEL_CARD.md:${row}\`.`,
      },
    ]);
    expect(report.changelog.entry).toBe(loose.report.changelog.entry);
  });

  it('leaves the template model card with its sections alone and asks only for the row', async () => {
    const { report } = await evaluate({ files: [paramsEdit], head: { 'MODEL_CARD.md': DOC_TEMPLATES.model.content } });
    expect(report.areas[0]?.findings.map((finding) => finding.kind)).toEqual(['section-to-update']);
  });
});
