import type { Report } from '../types.js';
import { checkTitle } from './check-title.js';
import { fenceFor } from './escape/fence-for.js';
import { ENTRY_FENCE_INFO, fitFencedEntry } from './fit-fenced-entry.js';
import { fitMarkdown } from './markdown/fit-markdown.js';
import { entryLines } from './entry-view.js';
import { DEFAULT_MAX_LENGTH } from './size-limits.js';

/** The `output` of a GitHub check run. */
export interface CheckOutput {
  /** One line of plain text. */
  readonly title: string;
  /** The markdown report, without the comment marker. */
  readonly summary: string;
  /** The generated changelog entry, fenced; absent when nothing triggered. */
  readonly text?: string;
}

/** Room kept in `text` for the heading and the "shortened" note around the fenced entry. */
const TEXT_FRAME_ALLOWANCE = 300;

const WHOLE = '`ml-docs-guard check` prints it whole.';

/** The report as a check run's output, every field within `DEFAULT_MAX_LENGTH`. */
export function renderCheckOutput(report: Report): CheckOutput {
  const title = checkTitle(report);
  const summary = fitMarkdown({ report, options: {}, includeMarker: false });
  const text = entryText(report.changelog.entry);
  return text === undefined ? { title, summary } : { title, summary, text };
}

function entryText(entry: string): string | undefined {
  if (entryLines(entry).length === 0) return undefined;
  const view = fitFencedEntry({ entry, maxLength: DEFAULT_MAX_LENGTH - TEXT_FRAME_ALLOWANCE });
  const heading = '### Changelog entry';
  if (view.text === '') {
    return `${heading}\n\n_The entry (${view.omittedLines} lines) is too long to show here; ${WHOLE}_`;
  }
  const fence = fenceFor(view.text);
  const block = `${fence}${ENTRY_FENCE_INFO}\n${view.text}\n${fence}`;
  if (view.omittedLines === 0) return `${heading}\n\n${block}`;
  const note = `_The entry is shortened to fit GitHub's size limit: ${view.omittedLines} more lines left out; ${WHOLE}_`;
  return `${heading}\n\n${block}\n\n${note}`;
}
