import { describe, expect, it } from '@jest/globals';
import { findHeading, headingProvides, headingWords } from '../../../src/core/docs-review/heading-match.js';
import { markdownOutline, sectionEnd, sectionTrail } from '../../../src/core/docs-review/markdown-outline.js';

const doc = (...lines: string[]): string => lines.join('\n');

describe('markdownOutline', () => {
  it('reads # headings, underlined headings and <hN> headings, with their levels and lines', () => {
    const outline = markdownOutline(
      doc(
        '# Model card',
        '',
        'Model Details',
        '=============',
        '',
        '## Training **procedure** ##',
        '### [Hyperparameters](#hp):',
        'Evaluation results',
        '------------------',
        '<h2 id="lim">Limitations</h2>',
        '#hashtag is not a heading',
      ),
    );
    expect(outline.headings).toEqual([
      { level: 1, text: 'Model card', line: 1 },
      { level: 1, text: 'Model Details', line: 3 },
      { level: 2, text: 'Training procedure', line: 6 },
      { level: 3, text: 'Hyperparameters', line: 7 },
      { level: 2, text: 'Evaluation results', line: 8 },
      { level: 2, text: 'Limitations', line: 10 },
    ]);
  });

  it.each([
    ['a fenced code block', doc('```bash', '# Not a heading', '```', '## Real')],
    ['a tilde fence with a longer closing fence', doc('~~~', '## Not a heading', '~~~~', '## Real')],
    ['an HTML comment over several lines', doc('<!--', '## Not a heading', '-->', '## Real')],
    ['front matter', doc('---', '# comment: not a heading', 'license: mit', '---', '## Real')],
    ['a table under a line of dashes', doc('| a | b |', '---', '## Real')],
    ['a list item before a thematic break', doc('- item', '---', '## Real')],
    ['a thematic break after a blank line', doc('Text', '', '---', '## Real')],
  ])('does not take a heading from %s', (_name, text) => {
    expect(markdownOutline(text).headings.map((heading) => heading.text)).toEqual(['Real']);
  });

  it('marks fenced code lines, fences included, and reads front matter', () => {
    const outline = markdownOutline(doc('---', 'license: mit', 'tags: [a]', '---', 'Text', '```', 'code', '```', 'After'));
    expect([...outline.codeLines]).toEqual([6, 7, 8]);
    expect(outline.frontMatter).toEqual({ text: 'license: mit\ntags: [a]', firstLine: 2 });
  });

  it('has no front matter when the opening --- is never closed', () => {
    expect(markdownOutline(doc('---', 'license: mit', 'Text')).frontMatter).toBeUndefined();
  });

  it('finds the sections enclosing a line and where a section ends', () => {
    const outline = markdownOutline(doc('# Card', '## Training', 'a', '### Hyperparameters', 'b', '## Evaluation', 'c'));
    expect(sectionTrail({ outline, line: 5 }).map((heading) => heading.text)).toEqual(['Card', 'Training', 'Hyperparameters']);
    expect(sectionTrail({ outline, line: 7 }).map((heading) => heading.text)).toEqual(['Card', 'Evaluation']);
    const training = outline.headings[1];
    if (training === undefined) throw new Error('no heading');
    expect(sectionEnd({ outline, heading: training })).toBe(5);
    expect(sectionEnd({ outline, heading: outline.headings[3] ?? training })).toBe(7);
  });
});

describe('headingProvides', () => {
  it.each([
    ['Training procedure', 'Training Procedure and Hyperparameters', true],
    ['Training procedure', 'TRAINING PROCEDURE', true],
    ['Training procedure', 'Training details', true],
    ['Training procedure', 'Training data', false],
    ['Training data', 'Training and evaluation data', true],
    ['Training data', 'Training', false],
    ['Evaluation', 'Metrics', true],
    ['Evaluation', 'Evaluation results', true],
    ['Evaluation', 'Testing Data, Factors & Metrics', true],
    ['Evaluation', 'Results', true],
    ['Intended use', 'Uses', true],
    ['Intended use', 'Intended uses & limitations', true],
    ['Intended use', 'Direct Use', true],
    ['Intended use', 'Model details', false],
    ['Limitations', 'Bias, Risks, and Limitations', true],
    ['Versions', 'Version history', true],
    ['Preprocessing', 'Pre-processing', true],
    ['Dependencies', 'Dependency', true],
    ['Model details', 'Model card', false],
    ['Benchmarks', 'Benchmark', true],
    ['Benchmarks', 'Results', false],
  ])('%s is provided by "%s": %s', (name, heading, expected) => {
    expect(headingProvides({ heading, name })).toBe(expected);
  });

  it('reduces headings to singular words without stop words', () => {
    expect(headingWords('Risks & Limitations')).toEqual(['risk', 'limitation']);
    expect(headingWords('Pre-processing of the Dependencies')).toEqual(['preprocessing', 'dependency']);
    expect(headingWords('Analysis, Status and Process')).toEqual(['analysis', 'status', 'process']);
  });

  it('prefers the heading named exactly, then the highest level', () => {
    const headings = [
      { level: 3, text: 'Training results', line: 3 },
      { level: 2, text: 'Evaluation results', line: 5 },
      { level: 2, text: 'Evaluation', line: 9 },
    ];
    expect(findHeading({ headings, name: 'Evaluation' })?.line).toBe(9);
    expect(findHeading({ headings: headings.slice(0, 2), name: 'Evaluation' })?.line).toBe(5);
  });
});
