import { describe, expect, it } from '@jest/globals';
import { DOC_TEMPLATES, templateSections } from '../../../src/core/config/doc-templates.js';
import { findMissingSections } from '../../../src/core/docs-review/find-missing-sections.js';
import { markdownOutline } from '../../../src/core/docs-review/markdown-outline.js';

const MODEL_CARD_SECTIONS = templateSections(DOC_TEMPLATES.model.content);

function missing(text: string, sections: readonly string[] = MODEL_CARD_SECTIONS): string[] {
  return findMissingSections({ file: 'MODEL_CARD.md', outline: markdownOutline(text), sections }).map(
    (finding) => finding.suggestion ?? '',
  );
}

/** A card in the Hugging Face layout, with its usual headings. */
const huggingFaceCard = [
  '---',
  'license: mit',
  '---',
  '# distilbert-churn',
  '## Model Details',
  '### Model Description',
  '## Uses',
  '### Direct Use',
  '## Bias, Risks, and Limitations',
  '## Training Details',
  '### Training Data',
  '### Training Procedure',
  '#### Training Hyperparameters',
  '## Evaluation',
  '### Testing Data, Factors & Metrics',
  '### Results',
].join('\n');

describe('findMissingSections', () => {
  it('finds nothing missing in the template itself', () => {
    expect(missing(DOC_TEMPLATES.model.content)).toEqual([]);
  });

  it('accepts a Hugging Face card for every template section but the version history', () => {
    expect(missing(huggingFaceCard)).toEqual(['## Versions']);
  });

  it('reports each missing section once, with the heading to add at the level the doc uses', () => {
    const findings = findMissingSections({
      file: 'docs/model.md',
      outline: markdownOutline(
        ['Model', '=====', '', '### Model details', '### Training Procedure and Hyperparameters', '### Metrics'].join('\n'),
      ),
      sections: MODEL_CARD_SECTIONS,
    });
    expect(findings.map((finding) => finding.suggestion)).toEqual([
      '### Intended use',
      '### Training data',
      '### Limitations',
      '### Versions',
    ]);
    expect(findings[0]).toEqual({
      file: 'docs/model.md',
      kind: 'missing-section',
      message: 'Missing section `Intended use`: no heading provides it; add the heading and what the section should say.',
      suggestion: '### Intended use',
    });
  });

  it.each([
    ['an empty doc', '', ['## Benchmarks', '## Results']],
    ['a heading in a code block only', '```\n## Benchmarks\n```\n## Results', ['## Benchmarks']],
    ['both, in any case', '## BENCHMARKS\n## results', []],
  ])('custom sections in %s', (_name, text, expected) => {
    expect(missing(text, ['Benchmarks', 'Results'])).toEqual(expected);
  });

  it('requires nothing without sections', () => {
    expect(missing('', [])).toEqual([]);
  });
});
