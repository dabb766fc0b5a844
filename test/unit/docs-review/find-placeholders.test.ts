import { describe, expect, it } from '@jest/globals';
import { findPlaceholders } from '../../../src/core/docs-review/find-placeholders.js';
import { markdownOutline } from '../../../src/core/docs-review/markdown-outline.js';

/** The placeholders found on line 1 of a doc made of `text`. */
function placeholdersIn(text: string): string | undefined {
  const [finding] = findPlaceholders({ file: 'MODEL_CARD.md', outline: markdownOutline(text), lines: [1] });
  return finding?.message;
}

describe('findPlaceholders', () => {
  it.each([
    ['[More Information Needed]', 'Placeholder `[More Information Needed]` left in the doc: replace it with the actual content.'],
    [
      'Trained on: More information needed',
      'Placeholder `More information needed` left in the doc: replace it with the actual content.',
    ],
    ['Owner: TODO', 'Placeholder `TODO` left in the doc: replace it with the actual content.'],
    ['Metrics: TBD (see FIXME)', 'Placeholders `TBD`, `FIXME` left in the doc: replace them with the actual content.'],
    ['Licence: tbd', 'Placeholder `tbd` left in the doc: replace it with the actual content.'],
    ['Accuracy: XXX %', 'Placeholder `XXX` left in the doc: replace it with the actual content.'],
    ['Lorem ipsum dolor sit amet.', 'Placeholder `Lorem ipsum` left in the doc: replace it with the actual content.'],
    [
      'Trained by {{ author }} on {{dataset}}',
      'Placeholders `{{ author }}`, `{{dataset}}` left in the doc: replace them with the actual content.',
    ],
    ['<!-- TODO: add the results -->', 'Placeholder `TODO` left in the doc: replace it with the actual content.'],
  ])('flags %j', (text, message) => {
    expect(placeholdersIn(text)).toBe(message);
  });

  it.each([
    ['a todo list in prose', 'Our todo list is short.'],
    ['a word that contains a marker', 'TODOS and XXXL sizes and AUTODOC'],
    ['a marker in inline code', 'Search the code for `TODO` markers.'],
    ['a template in inline code', 'Set `{{ .Values.image }}` in the chart.'],
  ])('does not flag %s', (_name, text) => {
    expect(placeholdersIn(text)).toBeUndefined();
  });

  it('checks only the given lines, and skips fenced code', () => {
    const text = ['Owner: TODO', 'Status: TBD', '```yaml', 'image: {{ .Values.image }}', '```', 'Metrics: FIXME'].join('\n');
    const findings = findPlaceholders({ file: 'DEPLOYMENT.md', outline: markdownOutline(text), lines: [2, 4, 6] });
    expect(findings.map((finding) => [finding.file, finding.line, finding.kind])).toEqual([
      ['DEPLOYMENT.md', 2, 'placeholder'],
      ['DEPLOYMENT.md', 6, 'placeholder'],
    ]);
  });
});
