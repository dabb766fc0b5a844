import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  CHECK_TITLE_LENGTH,
  COMMENT_MARKER,
  DEFAULT_MAX_LENGTH,
  MIN_MAX_LENGTH,
  renderCheckOutput,
  renderMarkdown,
  renderText,
  toJsonReport,
} from '../../../src/core/report/index.js';
import { markdownProblems } from './markdown-structure.js';
import { anyReport, text } from './report-arbitrary.js';

/** Enough runs to hit every summarisation level with small limits, quick enough for a 2-core box. */
const RUNS = 300;

const maxLength = fc.integer({ min: MIN_MAX_LENGTH, max: 20_000 });

describe('renderers on random reports', () => {
  it('markdown: never throws, fits maxLength, starts with the marker, keeps its structure', () => {
    fc.assert(
      fc.property(anyReport, maxLength, text, (report, limit, heading) => {
        const markdown = renderMarkdown(report, { maxLength: limit, heading, editChangelogUrl: 'https://x.test/edit' });
        expect(markdown.length).toBeLessThanOrEqual(limit);
        expect(markdown.startsWith(`${COMMENT_MARKER}\n`)).toBe(true);
        expect(markdownProblems(markdown)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('markdown: the verdict heading survives any summarising', () => {
    fc.assert(
      fc.property(anyReport, maxLength, (report, limit) => {
        const heading = renderMarkdown(report, { maxLength: limit }).split('\n')[1];
        expect(heading).toMatch(/^## (❌|⚠️|⏭️|✅) ML Docs Guard: /);
      }),
      { numRuns: RUNS },
    );
  });

  it('check output: one-line title, summary and text within the limit, no marker', () => {
    fc.assert(
      fc.property(anyReport, (report) => {
        const output = renderCheckOutput(report);
        expect(output.title).not.toMatch(/[\r\n]/);
        expect(output.title.length).toBeLessThanOrEqual(CHECK_TITLE_LENGTH);
        expect(output.summary.length).toBeLessThanOrEqual(DEFAULT_MAX_LENGTH);
        expect(output.summary.startsWith(COMMENT_MARKER)).toBe(false);
        expect(markdownProblems(output.summary)).toEqual([]);
        if (output.text !== undefined) {
          expect(output.text.length).toBeLessThanOrEqual(DEFAULT_MAX_LENGTH);
          expect(markdownProblems(output.text)).toEqual([]);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('text: never throws and lets no escape sequence from user text through', () => {
    fc.assert(
      fc.property(anyReport, fc.boolean(), (report, color) => {
        const output = renderText(report, { color });
        expect(output.replace(/\u001b\[\d+m/g, '')).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      }),
      { numRuns: RUNS },
    );
  });

  it('json: keeps every value and survives a JSON round trip', () => {
    fc.assert(
      fc.property(anyReport, (report) => {
        const json = toJsonReport(report);
        expect(JSON.parse(JSON.stringify(json))).toEqual(json);
        expect(json.areas.map((area) => area.files)).toEqual(report.areas.map((area) => area.files));
        expect(json.changelog.entry).toBe(report.changelog.entry);
        expect(json.skipReason).toBe(report.skipReason ?? null);
      }),
      { numRuns: RUNS },
    );
  });
});
