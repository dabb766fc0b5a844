import { describe, expect, it } from '@jest/globals';
import {
  COMMENT_MARKER,
  DEFAULT_MAX_LENGTH,
  GITHUB_TEXT_LIMIT,
  renderCheckOutput,
  renderMarkdown,
} from '../../../src/core/report/index.js';
import type { Change, Report } from '../../../src/core/types.js';
import { markdownProblems } from './markdown-structure.js';
import { area, failingReport, report } from './report-fixtures.js';

const MEGABYTE = 1_048_576;

const range = (count: number): number[] => Array.from({ length: count }, (_, index) => index);

/** What every rendering must be, however large the report. */
function expectWithinLimits(scenario: Report, maxLength = DEFAULT_MAX_LENGTH): string {
  const markdown = renderMarkdown(scenario, { maxLength });
  expect(markdown.length).toBeLessThanOrEqual(maxLength);
  expect(markdown.split('\n')[0]).toBe(COMMENT_MARKER);
  expect(markdownProblems(markdown)).toEqual([]);
  const check = renderCheckOutput(scenario);
  expect(check.summary.length).toBeLessThanOrEqual(DEFAULT_MAX_LENGTH);
  expect(check.text?.length ?? 0).toBeLessThanOrEqual(DEFAULT_MAX_LENGTH);
  expect(markdownProblems(check.summary)).toEqual([]);
  return markdown;
}

describe('renderMarkdown size limit', () => {
  it('keeps the default under GitHub limit', () => {
    expect(DEFAULT_MAX_LENGTH).toBeLessThan(GITHUB_TEXT_LIMIT);
  });

  it('fits 10,000 areas of 10 files each, saying how many areas are left out', () => {
    const areas = range(10_000).map((index) =>
      area({ name: `area-${index}`, files: range(10).map((file) => `src/area-${index}/file-${file}.py`) }),
    );
    const markdown = expectWithinLimits(
      report({ verdict: 'fail', areas, missing: areas.map((each) => ({ area: each.name, expected: ['docs/**'], reason: '' })) }),
    );
    expect(markdown).toMatch(/\| … and \d+ more areas \|/);
    expect(markdown).toContain('This pull request changes `area-0`, `area-1`, `area-2`, `area-3`, `area-4` and 9995 more');
    expect(markdown).toContain("Some details are left out to fit GitHub's size limit");
  });

  it('fits one area triggered by 100,000 files', () => {
    const files = range(100_000).map((index) => `data/shards/part-${index}.parquet`);
    const markdown = expectWithinLimits(report({ verdict: 'fail', areas: [area({ name: 'data', files })] }));
    expect(markdown).toContain(
      '| `data` | `data/shards/part-0.parquet`, `data/shards/part-1.parquet`, `data/shards/part-2.parquet` and 99997 more |',
    );
    expect(markdown).toContain('- … and 99980 more');
  });

  it('clips a 1 MB file name, area name, skip reason, notice and heading', () => {
    const huge = 'x'.repeat(MEGABYTE);
    expectWithinLimits(report({ verdict: 'fail', areas: [area({ name: huge, files: [huge] })], notices: [huge] }));
    expectWithinLimits(report({ verdict: 'skipped', skipReason: huge }));
    const markdown = renderMarkdown(report(), { heading: huge });
    expect(markdown.length).toBeLessThan(1_000);
  });

  it('fits 10,000 config problems and 10,000 notices', () => {
    const configProblems = range(10_000).map((index) => ({
      file: '.github/ml-docs-guard.yml',
      line: index + 1,
      column: 1,
      field: `areas.a${index}`,
      message: 'unknown key',
    }));
    expect(expectWithinLimits(report({ verdict: 'fail', configProblems }))).toMatch(/\| … and \d+ more problems \|/);
    expectWithinLimits(report({ notices: range(10_000).map((index) => `notice ${index}`) }));
  });

  it('shortens a 200,000-line changelog entry at a line boundary, with a note', () => {
    const lines = range(200_000).map((index) => `- change ${index}`);
    const markdown = expectWithinLimits(
      report({ ...failingReport, changelog: { ...failingReport.changelog, entry: lines.join('\n') } }),
    );
    const shown = markdown.split('\n').filter((line) => line.startsWith('- change '));
    expect(shown.length).toBeGreaterThan(1_000);
    expect(shown).toEqual(lines.slice(0, shown.length));
    expect(markdown).toContain(`${lines.length - shown.length} lines left out`);
  });

  it('leaves out an entry whose first line alone is too long, and says so', () => {
    const markdown = expectWithinLimits(
      report({ ...failingReport, changelog: { ...failingReport.changelog, entry: `- ${'y'.repeat(MEGABYTE)}` } }),
    );
    expect(markdown).toContain('_The entry (1 line) is too long to show here; `ml-docs-guard check` prints it whole._');
    expect(markdown).not.toContain('```markdown');
  });

  it('fits everything pathological at once, down to the smallest allowed maxLength', () => {
    const huge = '|`<'.repeat(MEGABYTE / 3);
    // Long but distinct names (each is hashed and compared); the megabyte strings are shared.
    const longName = '|`<'.repeat(300);
    const changes: Change[] = range(1_000).map((index) => ({ file: huge, line: index, kind: 'k', summary: huge }));
    const areas = range(2_000).map((index) =>
      area({ name: `${longName}${index}`, files: [huge, huge], changes, suggestedDoc: huge }),
    );
    const everything = report({
      verdict: 'fail',
      skipReason: huge,
      areas,
      missing: areas.map((each) => ({ area: each.name, expected: [huge], reason: huge })),
      changelog: { path: huge, required: true, updated: false, entry: huge },
      configProblems: [{ file: huge, message: huge }],
      notices: [huge],
      skip: { labels: [huge, huge, huge, huge], marker: huge },
    });
    for (const maxLength of [DEFAULT_MAX_LENGTH, 5_000, 1_000]) expectWithinLimits(everything, maxLength);
  });
});

describe('renderMarkdown summarises step by step', () => {
  const files = range(60).map((index) => `src/models/layer_${index}.py`);
  const changes: Change[] = range(60).map((index) => ({
    file: 'params.yaml',
    line: index + 1,
    kind: 'hyperparameter',
    summary: `\`layer_${index}.units\`: 64 → 128`,
  }));
  const entry = range(60)
    .map((index) => `- layer ${index}: units 64 → 128`)
    .join('\n');
  const big = report({
    ...failingReport,
    areas: [area({ name: 'model', files, changes, expected: ['MODEL_CARD.md'] })],
    changelog: { ...failingReport.changelog, entry },
  });
  const full = renderMarkdown(big);

  it('shows everything when it fits', () => {
    expect(full).toContain('- `src/models/layer_59.py`');
    expect(full).toContain('- `layer_59.units`: 64 → 128 (`params.yaml:60`)');
    expect(full).toContain('- layer 59: units 64 → 128');
    expect(full).not.toContain('left out');
  });

  it('first truncates file lists', () => {
    const markdown = renderMarkdown(big, { maxLength: full.length - 1 });
    expect(markdown).toContain('- `src/models/layer_19.py`\n- … and 40 more');
    expect(markdown).not.toContain('- `src/models/layer_20.py`');
    expect(markdown).toContain('- `layer_59.units`: 64 → 128');
    expect(markdown).toContain('- layer 59: units 64 → 128');
  });

  it('then drops per-change details', () => {
    const withoutFiles = renderMarkdown(big, { maxLength: full.length - 1 });
    const markdown = renderMarkdown(big, { maxLength: withoutFiles.length - 1 });
    expect(markdown).toContain("Changes found per area: `model` 60. The details are left out to fit GitHub's size limit.");
    expect(markdown).not.toContain('layer_59.units');
    expect(markdown).toContain('- layer 59: units 64 → 128');
  });

  it('then shortens the changelog entry at a line boundary', () => {
    const withoutChanges = renderMarkdown(big, { maxLength: renderMarkdown(big, { maxLength: full.length - 1 }).length - 1 });
    const markdown = renderMarkdown(big, { maxLength: withoutChanges.length - 200 });
    expect(markdown).toContain('- layer 0: units 64 → 128');
    expect(markdown).not.toContain('- layer 59: units 64 → 128');
    expect(markdown).toMatch(
      /_The entry is shortened to fit GitHub's size limit: \d+ lines left out; `ml-docs-guard check` prints it whole\._/,
    );
    expect(markdown).toContain('### Missing documentation');
  });
});
