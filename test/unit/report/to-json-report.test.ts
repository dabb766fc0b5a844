import { describe, expect, it } from '@jest/globals';
import { toJsonReport } from '../../../src/core/report/index.js';
import { configErrorReport, failingReport, fallbackDocReport, skippedReport } from './report-fixtures.js';

describe('toJsonReport', () => {
  it('gives the stable public shape, every key present, absent values null', () => {
    expect(toJsonReport(failingReport)).toEqual({
      verdict: 'fail',
      mode: 'fail',
      skipReason: null,
      areas: [
        {
          name: 'model',
          description: 'Training and model code, hyperparameters',
          files: ['src/train.py', 'params.yaml'],
          satisfied: false,
          docs: [],
          expected: ['MODEL_CARD.md', 'model_card.md', 'docs/model*'],
          suggestedDoc: null,
          changes: [
            {
              file: 'params.yaml',
              line: 12,
              kind: 'hyperparameter',
              summary: '`train.lr`: 0.01 → 0.001',
              key: 'train.lr',
              before: '0.01',
              after: '0.001',
            },
            {
              file: 'src/train.py',
              line: 40,
              kind: 'function',
              summary: '`train()` changed',
              key: null,
              before: null,
              after: null,
            },
          ],
          findings: [],
        },
        {
          name: 'data',
          description: 'Datasets and data pointers',
          files: ['data/train.csv.dvc'],
          satisfied: true,
          docs: ['docs/datasheet.md'],
          expected: ['docs/data*', 'DATASHEET.md'],
          suggestedDoc: null,
          changes: [
            {
              file: 'data/train.csv.dvc',
              line: 3,
              kind: 'dataset',
              summary: 'dataset `train.csv`: md5 `1a2b` → `3c4d`',
              key: null,
              before: null,
              after: null,
            },
          ],
          findings: [
            {
              file: 'docs/datasheet.md',
              line: 8,
              kind: 'missing-section',
              message: 'No "Splits" section: say how the data was split.',
              suggestion: '## Splits',
            },
          ],
        },
      ],
      missing: [
        {
          area: 'model',
          expected: ['MODEL_CARD.md', 'model_card.md', 'docs/model*'],
          reason: 'no model card was added or modified',
        },
        { area: 'changelog', expected: ['CHANGELOG.md'], reason: 'every ML change needs a changelog entry' },
      ],
      changelog: { path: 'CHANGELOG.md', required: true, updated: false, entry: failingReport.changelog.entry },
      configProblems: [],
      notices: [],
      stats: { files: 5, ignored: 0, docs: 1 },
    });
  });

  it('keeps its keys in a stable order (what users diff and parse)', () => {
    const json = toJsonReport(failingReport);
    expect(Object.keys(json)).toEqual([
      'verdict',
      'mode',
      'skipReason',
      'areas',
      'missing',
      'changelog',
      'configProblems',
      'notices',
      'stats',
    ]);
    expect(Object.keys(json.areas[0]!)).toEqual([
      'name',
      'description',
      'files',
      'satisfied',
      'docs',
      'expected',
      'suggestedDoc',
      'changes',
      'findings',
    ]);
    expect(Object.keys(json.areas[0]!.changes[0]!)).toEqual(['file', 'line', 'kind', 'summary', 'key', 'before', 'after']);
    expect(Object.keys(json.missing[0]!)).toEqual(['area', 'expected', 'reason']);
    expect(Object.keys(json.changelog)).toEqual(['path', 'required', 'updated', 'entry']);
  });

  it('carries the skip reason, the suggested doc and config problems', () => {
    expect(toJsonReport(skippedReport)).toMatchObject({ verdict: 'skipped', skipReason: 'label `no-docs-needed`' });
    expect(toJsonReport(fallbackDocReport).areas[0]).toMatchObject({ name: 'model', suggestedDoc: 'MODEL_CARD.md' });
    expect(toJsonReport(configErrorReport).configProblems).toEqual([
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
        ref: null,
        line: 9,
        column: 1,
        field: 'colour',
        message: 'unknown key `colour` (valid keys: _extends, extends, mode, areas, ignore, changelog, skip)',
      },
    ]);
  });

  it('survives a JSON round trip unchanged and does not share arrays with the report', () => {
    const json = toJsonReport(failingReport);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    expect(json.areas[0]!.files).not.toBe(failingReport.areas[0]!.files);
  });
});
