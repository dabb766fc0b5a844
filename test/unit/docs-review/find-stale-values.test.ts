import { describe, expect, it } from '@jest/globals';
import { changeNames, valuePairs } from '../../../src/core/docs-review/change-names.js';
import { findStaleValues } from '../../../src/core/docs-review/find-stale-values.js';
import { markdownOutline } from '../../../src/core/docs-review/markdown-outline.js';
import { nameSpans, valueSpans } from '../../../src/core/docs-review/token-match.js';
import type { Change } from '../../../src/core/types.js';

const change = (fields: Partial<Change> & Pick<Change, 'kind'>): Change => ({
  file: 'params.yaml',
  summary: 'changed',
  ...fields,
});
const learningRate = change({ kind: 'hyperparameter', key: 'train.learning_rate', before: '0.01', after: '0.001' });

/** The stale findings of a one-line doc, as [line, suggestion]. */
function staleLine(text: string, changes: readonly Change[] = [learningRate]): string | undefined {
  const [finding] = findStaleValues({ file: 'README.md', outline: markdownOutline(text), changes });
  return finding?.suggestion;
}

describe('whole-token matching', () => {
  it.each([
    ['0.01', '| lr | 0.01 |', 1],
    ['0.01', 'lr=0.01.', 1],
    ['0.01', 'lr: 0.01, decay', 1],
    ['0.01', '0.012', 0],
    ['0.01', '10.01', 0],
    ['0.01', '-0.01', 0],
    ['0.01', '0.01.5', 0],
    ['1.2.0', 'acme/serve:1.2.0', 1],
    ['1.2.0', '1.2.0-rc1', 0],
    ['1.2.0', 'v1.2.0', 0],
    ['20', '| epochs | 20 |', 1],
    ['20', '200 and 120', 0],
  ])('value %s in %j: %i match', (token, text, count) => {
    expect(valueSpans({ text, token })).toHaveLength(count);
  });

  it.each([
    ['learning_rate', '| learning_rate | 0.01 |', 1],
    ['learning_rate', '| Learning rate | 0.01 |', 1],
    ['learning_rate', 'learning-rate: 0.01', 1],
    ['learning_rate', 'learning_rate_decay: 0.9', 0],
    ['lr', 'lr-scheduler: cosine', 0],
    ['lr', 'warmup-lr: 0.1', 0],
    ['lr', 'train.py --lr 0.1', 1],
    ['lr', 'the LR is 0.01', 1],
    ['train.learning_rate', 'train.learning_rate=0.01', 1],
    ['acme/serve', 'image: acme/serve:1.2.0', 1],
  ])('name %s in %j: %i match', (name, text, count) => {
    expect(nameSpans({ text, name })).toHaveLength(count);
  });
});

describe('change names and value pairs', () => {
  it.each<[string, Change, string[], [string, string][]]>([
    ['a hyperparameter', learningRate, ['train.learning_rate', 'learning_rate'], [['0.01', '0.001']]],
    [
      'a list item',
      change({ kind: 'hyperparameter', key: 'model.layers[2]', before: '64', after: '128' }),
      ['model.layers[2]', 'layers'],
      [['64', '128']],
    ],
    [
      'an image tag',
      change({ kind: 'image', key: 'build', before: 'ghcr.io/acme/serve:1.2.0', after: 'ghcr.io/acme/serve:1.3.0' }),
      ['ghcr.io/acme/serve', 'serve'],
      [
        ['ghcr.io/acme/serve:1.2.0', 'ghcr.io/acme/serve:1.3.0'],
        ['1.2.0', '1.3.0'],
      ],
    ],
    [
      'a pinned framework',
      change({ kind: 'framework', key: 'torch', before: '==2.1.0', after: '==2.2.0' }),
      ['torch'],
      [
        ['==2.1.0', '==2.2.0'],
        ['2.1.0', '2.2.0'],
      ],
    ],
    [
      'a dataset digest',
      change({
        kind: 'dataset',
        key: 'data/raw/train.csv',
        before: 'a'.repeat(24) + '1234567890ab',
        after: 'b'.repeat(24) + '1234567890ab',
      }),
      ['data/raw/train.csv', 'train.csv'],
      [
        ['a'.repeat(24) + '1234567890ab', 'b'.repeat(24) + '1234567890ab'],
        ['aaaaaaa', 'bbbbbbb'],
      ],
    ],
    [
      'a hidden secret',
      change({ kind: 'environment', key: 'API_TOKEN', before: '(value hidden)', after: '(value hidden)' }),
      ['API_TOKEN'],
      [],
    ],
    [
      'a shortened value',
      change({ kind: 'hyperparameter', key: 'prompt', before: 'You are…', after: 'Be brief' }),
      ['prompt'],
      [],
    ],
    ['an added key', change({ kind: 'hyperparameter', key: 'train.seed', after: '7' }), ['train.seed', 'seed'], []],
  ])('%s', (_name, input, names, pairs) => {
    expect(changeNames(input)).toEqual(names);
    expect(valuePairs(input).map((pair) => [pair.before, pair.after])).toEqual(pairs);
  });
});

describe('findStaleValues', () => {
  it.each([
    ['a table row', '| learning_rate | 0.01 |', '| learning_rate | 0.001 |'],
    ['a YAML line', '  learning_rate: 0.01', '  learning_rate: 0.001'],
    ['a prose name', 'We train with a learning rate of 0.01.', 'We train with a learning rate of 0.001.'],
    ['a command line', 'python train.py --learning_rate 0.01', 'python train.py --learning_rate 0.001'],
    ['the occurrence after the name', '| epochs 0.01 | learning_rate | 0.01 |', '| epochs 0.01 | learning_rate | 0.001 |'],
    ['a longer number', '| learning_rate | 0.012 |', undefined],
    ['the value without the name', '| dropout | 0.01 |', undefined],
    ['a line that already shows the new value', 'learning_rate: 0.01 → 0.001', undefined],
  ])('%s', (_name, text, suggestion) => {
    expect(staleLine(text)).toEqual(suggestion);
  });

  it.each([
    ['an image reference', 'image: acme/serve:1.2.0', 'image: acme/serve:1.3.0'],
    ['an image tag in a table', '| serve | 1.2.0 |', '| serve | 1.3.0 |'],
    ['another image with the same tag', '| gateway | 1.2.0 |', undefined],
  ])('images: %s', (_name, text, suggestion) => {
    const image = change({
      kind: 'image',
      file: 'k8s/serve.yaml',
      key: 'acme/serve',
      before: 'acme/serve:1.2.0',
      after: 'acme/serve:1.3.0',
    });
    expect(staleLine(text, [image])).toEqual(suggestion);
  });

  it('corrects every changed value a line shows, in one suggestion', () => {
    const epochs = change({ kind: 'hyperparameter', key: 'train.epochs', before: '20', after: '30' });
    const [finding] = findStaleValues({
      file: 'README.md',
      outline: markdownOutline('learning_rate=0.01, epochs=20'),
      changes: [learningRate, epochs],
    });
    expect(finding).toEqual({
      file: 'README.md',
      line: 1,
      kind: 'stale-value',
      message:
        'Shows an old value: `train.learning_rate` `0.01` is now `0.001` (`params.yaml`); `train.epochs` `20` is now `30` (`params.yaml`).',
      suggestion: 'learning_rate=0.001, epochs=30',
    });
  });

  it('leaves history sections alone and names the section of a stale line', () => {
    const text = [
      '# Card',
      '## Training',
      '| learning_rate | 0.01 |',
      '## Version history',
      '| 1.0 | learning_rate 0.01 |',
      '## Changelog',
      '- learning_rate 0.01',
    ].join('\n');
    const findings = findStaleValues({ file: 'MODEL_CARD.md', outline: markdownOutline(text), changes: [learningRate] });
    expect(findings.map((finding) => [finding.line, finding.message.includes('(section "Training")')])).toEqual([[3, true]]);
  });

  it('reports nothing for changes without an old and a new value', () => {
    const added = change({ kind: 'hyperparameter', key: 'train.seed', after: '7' });
    expect(findStaleValues({ file: 'README.md', outline: markdownOutline('seed: 7'), changes: [added] })).toEqual([]);
  });
});
