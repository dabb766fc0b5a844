import type { Report } from '../types.js';
import { areaLines } from './text/area-lines.js';
import { changeLines } from './text/change-lines.js';
import { changelogEntryLines } from './text/changelog-entry-lines.js';
import { configProblemLines } from './text/config-problem-lines.js';
import { findingLines } from './text/finding-lines.js';
import { headlineLines } from './text/headline-lines.js';
import { missingLines } from './text/missing-lines.js';
import { noticeLines } from './text/notice-lines.js';
import { statsLines } from './text/stats-lines.js';
import { textStyle } from './text/text-style.js';

/** In reading order: the verdict first, then what blocks it, then the details. */
const SECTIONS = [
  headlineLines,
  configProblemLines,
  areaLines,
  missingLines,
  changeLines,
  findingLines,
  changelogEntryLines,
  noticeLines,
  statsLines,
] as const;

/** Options of `renderText`. */
export interface TextOptions {
  /** ANSI colors, for a terminal; off by default so piped output stays plain. */
  readonly color?: boolean;
}

/**
 * The report for a terminal (the CLI's default format): the verdict, each area with its files,
 * what is missing and what would satisfy it, the changes, the changelog entry, notices and config
 * problems. Nothing is left out; user text is stripped of control characters. No trailing newline.
 */
export function renderText(report: Report, options: TextOptions = {}): string {
  const input = { report, style: textStyle(options.color === true) };
  return SECTIONS.flatMap((section) => [...section(input)]).join('\n');
}
