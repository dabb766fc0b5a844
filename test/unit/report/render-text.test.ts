import { describe, expect, it } from '@jest/globals';
import { renderText } from '../../../src/core/report/index.js';
import {
  REPORT_SCENARIOS,
  area,
  configErrorReport,
  failingReport,
  report,
  skippedReport,
  warningReport,
} from './report-fixtures.js';

const ESC = '\u001b';

describe('renderText', () => {
  it.each(REPORT_SCENARIOS)('%s: matches the snapshot, without colors by default', (_name, scenario) => {
    const text = renderText(scenario);
    expect(text).not.toContain(ESC);
    expect(text).toMatchSnapshot();
  });

  it('colors the verdict and headings only when asked', () => {
    const colored = renderText(failingReport, { color: true });
    expect(colored.split('\n')[0]).toBe(`${ESC}[1m${ESC}[31m✗ FAIL: documentation missing${ESC}[39m${ESC}[22m`);
    expect(colored).toContain(`${ESC}[1mMissing documentation${ESC}[22m`);
    expect(renderText(failingReport, { color: false })).not.toContain(ESC);
  });

  it.each([
    ['pass', report(), '✓ PASS: no ML changes'],
    ['warn', warningReport, '! WARN: documentation missing (not blocking)'],
    ['skipped', skippedReport, '- SKIPPED'],
    ['config error', configErrorReport, '✗ FAIL: invalid configuration'],
  ])('starts with the verdict line (%s)', (_name, scenario, firstLine) => {
    expect(renderText(scenario).split('\n')[0]).toBe(firstLine);
  });

  it('lists every triggering file, with nothing left out', () => {
    const files = Array.from({ length: 500 }, (_, index) => `data/part-${index}.parquet`);
    const text = renderText(report({ verdict: 'fail', areas: [area({ name: 'data', files })] }));
    for (const file of files) expect(text).toContain(`    changed: ${file}\n`);
  });

  it('shows control characters from user text as a replacement character, so they cannot drive the terminal', () => {
    const hostile = report({
      verdict: 'fail',
      areas: [area({ name: 'data', files: [`data/${ESC}]0;pwned\u0007.csv`, 'data/ok\r\nline.csv'] })],
      changelog: { path: 'CHANGELOG.md', required: true, updated: false, entry: `### Added\n\n- x${ESC}[2J y\n` },
    });
    const text = renderText(hostile, { color: false });
    expect(text).not.toContain(ESC);
    expect(text).not.toContain('\u0007');
    expect(text).toContain('changed: data/\ufffd]0;pwned\ufffd.csv');
    expect(text).toContain('changed: data/ok line.csv');
    expect(text).toContain('  - x\ufffd[2J y');
  });

  it('indents the changelog entry and says where to paste it', () => {
    const text = renderText(failingReport);
    expect(text).toContain('Changelog entry (paste into CHANGELOG.md)\n  ### Changed\n\n  - **Model**');
  });

  it('ends without a trailing newline (the CLI adds one)', () => {
    expect(renderText(failingReport).endsWith('\n')).toBe(false);
  });
});
