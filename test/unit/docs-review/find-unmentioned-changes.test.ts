import { describe, expect, it } from '@jest/globals';
import { findUnmentionedChanges } from '../../../src/core/docs-review/find-unmentioned-changes.js';
import type { Change } from '../../../src/core/types.js';

const change = (fields: Partial<Change> & Pick<Change, 'kind'>): Change => ({
  file: 'params.yaml',
  summary: 'changed',
  ...fields,
});

const changes: Change[] = [
  change({ kind: 'hyperparameter', key: 'train.learning_rate', before: '0.01', after: '0.001' }),
  change({ kind: 'dataset', file: 'data/raw.dvc', key: 'data/raw/customers.csv', before: 'aa', after: 'bb' }),
  change({
    kind: 'image',
    file: 'k8s/serve.yaml',
    key: 'serve',
    before: 'ghcr.io/acme/serve:1.2.0',
    after: 'ghcr.io/acme/serve:1.3.0',
  }),
  change({ kind: 'framework', file: 'requirements.txt', key: 'torch', before: '2.1.0', after: '2.2.0' }),
  change({ kind: 'code', file: 'src/models/net.py', key: 'Net.forward', summary: 'Net.forward changed' }),
];

function unmentioned(addedText: string): string[] {
  return findUnmentionedChanges({ file: 'MODEL_CARD.md', changes, addedText }).map((finding) => finding.message);
}

describe('findUnmentionedChanges', () => {
  it('lists every settings, data, image and version change the update does not name, and no code change', () => {
    expect(unmentioned('Retrained.')).toEqual([
      'The doc update does not mention `train.learning_rate` (0.01 → 0.001, `params.yaml`): say what changed and why.',
      'The doc update does not mention `data/raw/customers.csv` (aa → bb, `data/raw.dvc`): say what changed and why.',
      'The doc update does not mention `ghcr.io/acme/serve` (ghcr.io/acme/serve:1.2.0 → ghcr.io/acme/serve:1.3.0, `k8s/serve.yaml`): say what changed and why.',
      'The doc update does not mention `torch` (2.1.0 → 2.2.0, `requirements.txt`): say what changed and why.',
    ]);
  });

  it.each([
    ['the full key', '| train.learning_rate | 0.001 |', 'train.learning_rate'],
    ['the last segment in prose', 'Lowered the Learning Rate to 0.001.', 'train.learning_rate'],
    ['the dataset file name', 'Refreshed customers.csv for March.', 'data/raw/customers.csv'],
    ['the image short name', 'The serve image is now 1.3.0.', 'ghcr.io/acme/serve'],
    ['the package', 'Upgraded Torch.', 'torch'],
  ])('accepts %s', (_name, addedText, mentioned) => {
    const messages = unmentioned(addedText);
    expect(messages).toHaveLength(3);
    expect(messages.join('\n')).not.toContain(`\`${mentioned}\``);
  });

  it('does not take a longer name for the changed one', () => {
    expect(unmentioned('learning_rate_decay: 0.9').join('\n')).toContain('`train.learning_rate`');
  });

  it('files one finding per changed key and points at the section the change belongs in', () => {
    const twice = [changes[0] as Change, { ...(changes[0] as Change), file: 'configs/train.yaml' }];
    const findings = findUnmentionedChanges({
      file: 'MODEL_CARD.md',
      changes: twice,
      addedText: '',
      where: () => ({ section: 'Training procedure › Hyperparameters', line: 14 }),
    });
    expect(findings).toEqual([
      {
        file: 'MODEL_CARD.md',
        line: 14,
        kind: 'unmentioned-change',
        message:
          'The doc update does not mention `train.learning_rate` (0.01 → 0.001, `params.yaml`) (section "Training procedure › Hyperparameters"): say what changed and why.',
      },
    ]);
  });
});
