import { describe, expect, it } from '@jest/globals';
import {
  CHECK_TITLE_LENGTH,
  COMMENT_MARKER,
  conclusionFor,
  DEFAULT_MAX_LENGTH,
  renderCheckOutput,
  renderMarkdown,
} from '../../../src/core/report/index.js';
import type { Report, Verdict } from '../../../src/core/types.js';
import { markdownProblems } from './markdown-structure.js';
import {
  area,
  completeReport,
  configErrorReport,
  fallbackDocReport,
  failingReport,
  report,
  skippedReport,
  warningReport,
} from './report-fixtures.js';

describe('renderCheckOutput', () => {
  it.each<[string, Report, string]>([
    ['nothing triggered', report(), 'No ML changes'],
    ['every doc updated', completeReport, 'Docs complete for model'],
    ['missing docs', failingReport, 'Missing docs: model card, changelog'],
    ['missing docs in warn mode', warningReport, 'Missing docs (not blocking): model card, changelog'],
    ['skipped', skippedReport, 'Skipped: label `no-docs-needed`'],
    [
      'invalid config',
      configErrorReport,
      'Invalid config: .github/ml-docs-guard.yml:3: must be an array of globs, got a string (+1 more)',
    ],
    [
      'a user-defined area',
      report({ verdict: 'fail', missing: [{ area: 'features', expected: ['docs/features.md'], reason: '' }] }),
      'Missing docs: features docs',
    ],
    [
      'many areas',
      report({
        areas: ['data', 'model', 'deployment', 'pipeline', 'serving', 'eval'].map((name) => area({ name, satisfied: true })),
      }),
      'Docs complete for data, model, deployment, pipeline and 2 more',
    ],
  ])('titles %s as %j', (_name, scenario, title) => {
    expect(renderCheckOutput(scenario).title).toBe(title);
  });

  it('keeps the title on one line and short', () => {
    const longReason = `label\n${'x'.repeat(5_000)}`;
    const { title } = renderCheckOutput(report({ verdict: 'skipped', skipReason: longReason }));
    expect(title).not.toContain('\n');
    expect(title.length).toBeLessThanOrEqual(CHECK_TITLE_LENGTH);
    expect(title.startsWith('Skipped: label x')).toBe(true);
  });

  it('uses the comment markdown without the marker as the summary', () => {
    const { summary } = renderCheckOutput(failingReport);
    expect(summary.startsWith(COMMENT_MARKER)).toBe(false);
    expect(summary).toBe(renderMarkdown(failingReport).slice(COMMENT_MARKER.length + 1));
  });

  it('puts the fenced changelog entry in text', () => {
    const output = renderCheckOutput(failingReport);
    expect(output.text).toBe(`### Changelog entry\n\n\`\`\`markdown\n${failingReport.changelog.entry.trimEnd()}\n\`\`\``);
  });

  it('has no text when there is no entry', () => {
    expect(renderCheckOutput(fallbackDocReport)).toEqual({ title: 'Missing docs: model card', summary: expect.any(String) });
  });

  it('shortens a huge entry at a line boundary and says so', () => {
    const lines = Array.from({ length: 20_000 }, (_, index) => `- change number ${index}`);
    const { text } = renderCheckOutput(
      report({ ...failingReport, changelog: { ...failingReport.changelog, entry: lines.join('\n') } }),
    );
    expect(text!.length).toBeLessThanOrEqual(DEFAULT_MAX_LENGTH);
    expect(markdownProblems(text!)).toEqual([]);
    const shown = text!.split('\n').filter((line) => line.startsWith('- change number '));
    expect(shown).toEqual(lines.slice(0, shown.length));
    expect(text).toContain(`${lines.length - shown.length} more lines left out`);
  });

  it('fits an entry whose backtick runs would make its fence huge', () => {
    const entry = `### Added\n\n- a\n${'`'.repeat(40_000)}\n- b`;
    const { text } = renderCheckOutput(report({ ...failingReport, changelog: { ...failingReport.changelog, entry } }));
    expect(text!.length).toBeLessThanOrEqual(DEFAULT_MAX_LENGTH);
    expect(text).toBe(
      "### Changelog entry\n\n```markdown\n### Added\n\n- a\n```\n\n_The entry is shortened to fit GitHub's size limit: 2 more lines left out; `ml-docs-guard check` prints it whole._",
    );
  });
});

describe('conclusionFor', () => {
  it.each<[Verdict, string]>([
    ['pass', 'success'],
    ['fail', 'failure'],
    ['warn', 'neutral'],
    ['skipped', 'neutral'],
  ])('%s → %s', (verdict, conclusion) => {
    expect(conclusionFor(verdict)).toBe(conclusion);
  });
});
