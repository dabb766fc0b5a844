import { describe, expect, it } from '@jest/globals';
import { COMMENT_MARKER, MIN_MAX_LENGTH, renderMarkdown } from '../../../src/core/report/index.js';
import { markdownProblems } from './markdown-structure.js';
import { REPORT_SCENARIOS, failingReport, fallbackDocReport, oddNamesReport, report } from './report-fixtures.js';

const EDIT_URL = 'https://github.com/acme/churn/edit/feature/CHANGELOG.md';

describe('renderMarkdown', () => {
  describe.each(REPORT_SCENARIOS)('%s', (_name, scenario) => {
    const markdown = renderMarkdown(scenario, { editChangelogUrl: EDIT_URL });

    it('matches the snapshot', () => {
      expect(markdown).toMatchSnapshot();
    });

    it('starts with the comment marker and breaks no markdown structure', () => {
      expect(markdown.split('\n')[0]).toBe(COMMENT_MARKER);
      expect(markdownProblems(markdown)).toEqual([]);
    });
  });

  it('says briefly that all is well when nothing triggered', () => {
    const markdown = renderMarkdown(report({ stats: { files: 7, ignored: 2, docs: 0 } }));
    expect(markdown).toContain('no ML changes');
    expect(markdown).toContain('None of the 7 changed files needs documentation (2 ignored by the configuration).');
    expect(markdown).not.toContain('| Area');
    expect(markdown.split('\n')).toHaveLength(6);
  });

  it('pastes the entry in a fence and links to the editor when no suggestion was posted', () => {
    const markdown = renderMarkdown(failingReport, { editChangelogUrl: EDIT_URL });
    expect(markdown).toContain('```markdown\n### Changed\n');
    expect(markdown).toContain(`[Add it to \`CHANGELOG.md\`](${EDIT_URL})`);
    expect(markdown).not.toContain('A suggestion was posted');
  });

  it('says a suggestion was posted on the changelog instead of linking', () => {
    const markdown = renderMarkdown(failingReport, { editChangelogUrl: EDIT_URL, changelogSuggestionPosted: true });
    expect(markdown).toContain('A suggestion was posted on `CHANGELOG.md`: accept it to add this entry.');
    expect(markdown).not.toContain('[Add it to');
  });

  it('escapes characters a link destination cannot hold', () => {
    const markdown = renderMarkdown(failingReport, { editChangelogUrl: 'https://example.test/edit/a b/(x)/CHANGELOG.md' });
    expect(markdown).toContain('(https://example.test/edit/a%20b/%28x%29/CHANGELOG.md)');
  });

  it.each(['javascript:alert(1)', '/relative/path', ''])('rejects a changelog link that is not http(s): %j', (url) => {
    expect(() => renderMarkdown(failingReport, { editChangelogUrl: url })).toThrow(
      'Expected an http(s) URL for the changelog link',
    );
  });

  it('uses a fence longer than any backtick run in the entry', () => {
    const markdown = renderMarkdown(oddNamesReport);
    expect(markdown).toContain('`````markdown\n### Added\n\n- ```code``` in the entry\n- ````more````\n`````');
  });

  it('names the file to create when the repository has no dedicated doc yet', () => {
    expect(renderMarkdown(fallbackDocReport)).toContain(
      '  - This repository has no model card yet: create `MODEL_CARD.md` (`ml-docs-guard init` writes a template).',
    );
  });

  it('uses the heading option in the first heading', () => {
    const markdown = renderMarkdown(failingReport, { heading: 'Docs check <b>' });
    expect(markdown.split('\n')[1]).toBe('## ❌ Docs check \\<b\\>: documentation missing');
  });

  it('tells how to skip the check from the config, or where to configure it', () => {
    expect(renderMarkdown(failingReport)).toContain('add the label `no-docs-needed` or put `[skip ml-docs]` in the description.');
    const noSkipConfig = report({ ...failingReport, skip: undefined });
    expect(renderMarkdown(noSkipConfig)).toContain('add one of the labels listed under `skip.labels` in the configuration.');
    const nothingAllowed = report({ ...failingReport, skip: { labels: [], marker: '' } });
    expect(renderMarkdown(nothingAllowed)).not.toContain('To skip');
  });

  it('folds long lists into <details>', () => {
    const changes = Array.from({ length: 12 }, (_, index) => ({
      file: 'params.yaml',
      line: index + 1,
      kind: 'hyperparameter',
      summary: `\`p${index}\`: 1 → 2`,
    }));
    const [model] = failingReport.areas;
    const markdown = renderMarkdown(report({ ...failingReport, areas: [{ ...model!, changes }] }));
    expect(markdown).toContain('<details>\n<summary>12 changes in model</summary>\n\n- `p0`: 1 → 2 (`params.yaml:1`)');
  });

  it.each([0, 999, 1.5, Number.NaN])('rejects maxLength %p below the minimum or not an integer', (maxLength) => {
    expect(() => renderMarkdown(failingReport, { maxLength })).toThrow(RangeError);
    expect(() => renderMarkdown(failingReport, { maxLength })).toThrow(
      `maxLength must be an integer of at least ${MIN_MAX_LENGTH} characters`,
    );
  });
});
