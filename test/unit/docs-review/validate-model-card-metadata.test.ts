import { describe, expect, it } from '@jest/globals';
import { markdownOutline } from '../../../src/core/docs-review/markdown-outline.js';
import { validateModelCardMetadata } from '../../../src/core/docs-review/validate-model-card-metadata.js';

/** The invalid-metadata findings of a doc with this front matter, as [line, message]. */
function problems(frontMatter: readonly string[], modelCard = true): [number | undefined, string][] {
  const text = ['---', ...frontMatter, '---', '# Model', ''].join('\n');
  return validateModelCardMetadata({ file: 'README.md', frontMatter: markdownOutline(text).frontMatter, modelCard }).map(
    (finding) => {
      expect(finding.kind).toBe('invalid-metadata');
      return [finding.line, finding.message];
    },
  );
}

const validCard = [
  'language: [en, fr]',
  'license: apache-2.0',
  'library_name: transformers',
  'tags: [churn, tabular]',
  'datasets: acme/customers',
  'metrics: [accuracy, f1]',
  'base_model: distilbert-base-uncased',
  'pipeline_tag: text-classification',
  'custom_owner: data-team',
  'model-index:',
  '  - name: churn-distilbert',
  '    results:',
  '      - task: { type: text-classification }',
  '        dataset: { type: acme/customers, name: Customers, split: test }',
  '        metrics:',
  '          - { type: accuracy, value: 0.91, name: Accuracy }',
];

describe('validateModelCardMetadata', () => {
  it('accepts a complete Hugging Face card with a custom key', () => {
    expect(problems(validCard)).toEqual([]);
  });

  it('reports each problem at the line of its key (file lines, after the opening ---)', () => {
    const card = [
      'license: 3', // line 2
      'tags: [churn, ""]', // line 3
      'pipeline_tag: Text Classification', // line 4
      'base_model_relation: distilled', // line 5
      'model-index:', // line 6
      '  - name: churn', // line 7
      '    results:', // line 8
      '      - task: {}', // line 9
      '        dataset:', // line 10
      '          type: acme/customers', // line 11
      '        metrics:', // line 12
      '          - type: accuracy', // line 13
      '            value: null', // line 14
    ];
    expect(problems(card)).toEqual([
      [2, 'Model card metadata: `license` must be a string.'],
      [3, 'Model card metadata: `tags[1]` must be a non-empty string.'],
      [
        4,
        'Model card metadata: `pipeline_tag` must be written in lowercase words joined by dashes (such as `text-classification`).',
      ],
      [5, 'Model card metadata: `base_model_relation` must be one of `adapter`, `merge`, `quantized`, `finetune`.'],
      [9, 'Model card metadata: `model-index[0].results[0].task` is missing `type`.'],
      [10, 'Model card metadata: `model-index[0].results[0].dataset` is missing `name`.'],
      [14, 'Model card metadata: `model-index[0].results[0].metrics[0].value` must be a number or a string.'],
    ]);
  });

  it.each([
    ['a number', 'datasets: 3', 'Model card metadata: `datasets` must be a string or a list.'],
    ['an empty string', 'datasets: ""', 'Model card metadata: `datasets` must be a non-empty string or a list.'],
  ])('says what a list-or-string key may be when it is %s', (_name, line, message) => {
    expect(problems([line])).toEqual([[2, message]]);
  });

  it('reports YAML syntax errors at their line', () => {
    const [finding] = problems(['license: mit', 'datasets: [a, b', 'tags: [x]']);
    expect(finding?.[0]).toBeGreaterThanOrEqual(3);
    expect(finding?.[1]).toMatch(/^Model card metadata is not valid YAML: /);
  });

  it('asks a model card for a mapping', () => {
    expect(problems(['- license', '- mit'])).toEqual([
      [2, 'Model card metadata must be a mapping of keys (`license: mit`, `datasets: [...]`, ...).'],
    ]);
  });

  it.each([
    ['a README without model card keys', ['title: Churn', 'layout: page', 'tags: 3']],
    ['a README whose list is not metadata', ['- one']],
  ])('leaves alone %s', (_name, frontMatter) => {
    expect(problems(frontMatter, false)).toEqual([]);
  });

  it('validates a README whose front matter has model card keys', () => {
    expect(problems(['title: Churn', 'license: [mit]'], false)).toEqual([
      [3, 'Model card metadata: `license` must be a string.'],
    ]);
  });

  it('has nothing to validate without front matter', () => {
    expect(validateModelCardMetadata({ file: 'MODEL_CARD.md', frontMatter: undefined, modelCard: true })).toEqual([]);
  });
});
