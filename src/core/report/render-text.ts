import type { Report } from '../types.js';
import {
  changeLines,
  configProblemLines,
  entryLines,
  findingLines,
  noticeLines,
  statsLines,
} from './text/detail-lines.js';
import { areaLines, headlineLines, missingLines } from './text/requirement-lines.js';
import { textStyle } from './text/text-style.js';

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
  const sections = [headlineLines, configProblemLines, areaLines, missingLines, changeLines, findingLines, entryLines, noticeLines, statsLines];
  return sections.flatMap((section) => [...section(input)]).join('\n');
}
