import { describe, expect, it } from '@jest/globals';
import { docsAtHead, planAreaReview } from '../../../src/core/docs-review/plan-area-review.js';
import type { AreaConfig, AreaReport } from '../../../src/core/types.js';

const area = (docs: readonly string[]): AreaConfig => ({
  description: 'test area',
  paths: ['src/**'],
  docs,
  fallbackDocs: [],
  sections: ['Overview'],
  mentionChanges: false,
});

const report: AreaReport = {
  name: 'model',
  description: 'test area',
  files: ['src/train.py'],
  satisfied: false,
  docs: [],
  expected: [],
  changes: [],
  findings: [],
};

const EXISTING = new Set([
  'README.md',
  'README.rst',
  'docs/README.md',
  'MODEL_CARD.md',
  'docs/model/card.md',
  'docs/data/sheet.md',
  'DATASHEET.md',
  'src/train.py',
  'configs/train.yaml',
  'notes/model-card-draft.md',
]);

describe('docsAtHead', () => {
  it('keeps the paths a docs glob of some area names, and the root READMEs', () => {
    const docs = docsAtHead({
      existing: EXISTING,
      areas: [area(['MODEL_CARD.md', 'docs/model/**']), area(['DATASHEET.md', '!docs/**'])],
    });
    expect([...docs].sort()).toEqual(['DATASHEET.md', 'MODEL_CARD.md', 'README.md', 'README.rst', 'docs/model/card.md']);
  });

  it('keeps every path when an area names its docs by exclusions alone', () => {
    expect(docsAtHead({ existing: EXISTING, areas: [area(['MODEL_CARD.md']), area(['!docs/**'])] })).toEqual(EXISTING);
  });

  it.each([
    [['MODEL_CARD.md', 'docs/model/**']],
    [['**/*card*.md', '!notes/**']],
    [['docs/**', '!docs/data/**']],
    [['!src/**']],
    [[]],
  ])('plans the same review for docs %j from the filtered paths as from all of them', (docs) => {
    const config = area(docs);
    const plan = (existing: ReadonlySet<string>) =>
      planAreaReview({ report, area: config, files: new Map(), changelogPath: 'CHANGELOG.md', existing });
    expect(plan(docsAtHead({ existing: EXISTING, areas: [config] }))).toEqual(plan(EXISTING));
  });
});
