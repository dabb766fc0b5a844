import { describe, expect, it } from '@jest/globals';
import { checkRunAnnotations } from '../../../src/github/check-run-annotations.js';
import type { AreaReport, Report } from '../../../src/core/types.js';

const CONFIG = '.github/ml-docs-guard.yml';

const area = (fields: Partial<AreaReport> & Pick<AreaReport, 'name' | 'files'>): AreaReport => ({
  description: `${fields.name} area`,
  satisfied: false,
  docs: [],
  expected: ['MODEL_CARD.md'],
  changes: [],
  findings: [],
  ...fields,
});

const report = (fields: Partial<Report>): Report => ({
  verdict: 'fail',
  mode: 'fail',
  areas: [],
  missing: [],
  changelog: { path: 'CHANGELOG.md', required: true, updated: false, entry: '' },
  configProblems: [],
  notices: [],
  stats: { files: 0, ignored: 0, docs: 0 },
  ...fields,
});

const model = area({
  name: 'model',
  files: ['params.yaml', 'src/train.py'],
  changes: [
    { file: 'params.yaml', line: 3, kind: 'hyperparameter', summary: '`train.lr`: 0.01 → 0.001' },
    { file: 'src/train.py', kind: 'code', summary: 'function `fit` changed' },
  ],
});
const data = area({
  name: 'data',
  files: ['data/train.csv.dvc'],
  expected: ['DATASHEET.md', 'docs/data*', 'data/README.md', 'docs/datasets/**', 'docs/**'],
});

describe('checkRunAnnotations', () => {
  it.each([
    {
      name: 'a failing verdict: failures at the first changed line, else line 1',
      input: report({ areas: [model], missing: [{ area: 'model', expected: ['MODEL_CARD.md'], reason: 'no model card' }] }),
      expected: [
        [
          'params.yaml',
          3,
          'failure',
          'This file changes the model area (`train.lr`: 0.01 → 0.001), but its documentation was not updated: update MODEL_CARD.md.',
        ],
        [
          'src/train.py',
          1,
          'failure',
          'This file changes the model area, but its documentation was not updated: update MODEL_CARD.md.',
        ],
      ],
    },
    {
      name: 'a warning verdict: warnings; more than four globs are counted',
      input: report({
        verdict: 'warn',
        mode: 'warn',
        areas: [data],
        missing: [{ area: 'data', expected: data.expected, reason: 'no datasheet' }],
      }),
      expected: [
        [
          'data/train.csv.dvc',
          1,
          'warning',
          'This file changes the data area, but its documentation was not updated: update DATASHEET.md, docs/data*, data/README.md, docs/datasets/** (or 1 more).',
        ],
      ],
    },
    {
      name: 'a missing changelog has no file to point at; satisfied areas are not annotated',
      input: report({
        areas: [model, data],
        missing: [{ area: 'changelog', expected: ['CHANGELOG.md'], reason: 'not updated' }],
      }),
      expected: [],
    },
    {
      name: "problems of the repository's config at their line; another repository's config is left to the summary",
      input: report({
        configProblems: [
          { file: CONFIG, ref: 'main', line: 4, column: 5, field: 'areas.model.pathz', message: 'unknown key `pathz`' },
          { file: CONFIG, ref: 'main', message: 'areas cannot be resolved' },
          { file: 'acme/.github:.github/ml-docs-guard.yml', ref: 'HEAD', line: 2, message: 'mode must be fail or warn' },
        ],
      }),
      expected: [
        [CONFIG, 4, 'failure', 'unknown key `pathz`'],
        [CONFIG, 1, 'failure', 'areas cannot be resolved'],
      ],
    },
  ])('$name', ({ input, expected }) => {
    const annotations = checkRunAnnotations({ report: input, configPath: CONFIG });
    expect(
      annotations.map((annotation) => [annotation.path, annotation.start_line, annotation.annotation_level, annotation.message]),
    ).toEqual(expected);
    for (const annotation of annotations) expect(annotation.end_line).toBe(annotation.start_line);
  });

  it('titles name what is missing', () => {
    const annotations = checkRunAnnotations({
      report: report({
        areas: [data],
        missing: [{ area: 'data', expected: ['DATASHEET.md'], reason: '' }],
        configProblems: [{ file: CONFIG, message: 'bad' }],
      }),
      configPath: CONFIG,
    });
    expect(annotations.map((annotation) => annotation.title)).toEqual([
      'Invalid ml-docs-guard config',
      'Documentation missing: data',
    ]);
  });
});
