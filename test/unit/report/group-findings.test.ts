import { describe, expect, it } from '@jest/globals';
import { groupFindings } from '../../../src/core/report/group-findings.js';
import type { DocFinding } from '../../../src/core/types.js';

const section = (file: string, name: string): DocFinding => ({
  file,
  kind: 'missing-section',
  message: `Missing section \`${name}\`: no heading provides it; add the heading and what the section should say.`,
  suggestion: `## ${name}`,
});
const stale: DocFinding = {
  file: 'MODEL_CARD.md',
  line: 7,
  kind: 'stale-value',
  message: 'Shows an old value.',
  suggestion: '| learning_rate | 0.001 |',
};

describe('groupFindings', () => {
  it('puts findings at a line first and names every missing heading of a doc in one finding', () => {
    const grouped = groupFindings([
      section('MODEL_CARD.md', 'Intended use'),
      section('MODEL_CARD.md', 'Limitations'),
      section('DATASHEET.md', 'Composition'),
      stale,
    ]);
    expect(grouped).toEqual([
      stale,
      {
        file: 'MODEL_CARD.md',
        kind: 'missing-section',
        message: 'Missing 2 sections: add `## Intended use`, `## Limitations`, each with what the section should say.',
      },
      section('DATASHEET.md', 'Composition'),
    ]);
  });

  it('leaves a list without missing sections as it is', () => {
    expect(groupFindings([stale])).toEqual([stale]);
    expect(groupFindings([])).toEqual([]);
  });
});
