import type { Report } from '../../types.js';
import { collectWithin } from '../collect-within.js';
import { COMMENT_MARKER } from '../comment-marker.js';
import { DETAIL_LEVELS, SPAREST_DETAIL, type DetailLevel } from '../detail-levels.js';
import { linkDestination } from '../escape/link-destination.js';
import { fitFencedEntry } from '../fit-fenced-entry.js';
import { entryLines, type EntryView } from '../entry-view.js';
import { DEFAULT_MAX_LENGTH, MIN_MAX_LENGTH } from '../size-limits.js';
import { headlineSection } from './headline-section.js';
import { markdownFormat } from './markdown-format.js';
import { markdownLines } from './markdown-lines.js';
import { DEFAULT_HEADING, type MarkdownOptions } from './markdown-options.js';

/**
 * Room kept beside the fenced entry for the blank lines around it and the "shortened" note, a
 * little longer than the "too long to show" note the rendering without the entry has.
 */
const ENTRY_NOTE_ALLOWANCE = 100;

/** Names in the last-resort rendering are clipped this short so it always fits `MIN_MAX_LENGTH`. */
const LAST_RESORT_TEXT_LENGTH = 20;

/**
 * The report as markdown within `maxLength` characters: the fullest detail level that fits (see
 * `DETAIL_LEVELS`), never cut inside a table or a fence.
 */
export function fitMarkdown({
  report,
  options,
  includeMarker,
}: {
  readonly report: Report;
  readonly options: MarkdownOptions;
  readonly includeMarker: boolean;
}): string {
  const maxLength = checkedMaxLength(options.maxLength);
  if (options.editChangelogUrl !== undefined) linkDestination(options.editChangelogUrl);
  const entry = report.changelog.entry;
  for (const [index, level] of DETAIL_LEVELS.entries()) {
    const format = markdownFormat(level);
    const truncated = index > 0;
    const render = (view: EntryView): string | undefined =>
      collectWithin({
        lines: markdownLines({ report, level, format, options, entry: view, includeMarker, truncated }),
        maxLength,
      });
    const result = level.shortenEntry
      ? fitEntry({ render, entry, maxLength })
      : render({ text: entryLines(entry).join('\n'), omittedLines: 0 });
    if (result !== undefined) return result;
  }
  return lastResort({ report, options, includeMarker, maxLength });
}

function checkedMaxLength(maxLength: number | undefined): number {
  if (maxLength === undefined) return DEFAULT_MAX_LENGTH;
  if (!Number.isInteger(maxLength) || maxLength < MIN_MAX_LENGTH) {
    throw new RangeError(`maxLength must be an integer of at least ${MIN_MAX_LENGTH} characters, got ${maxLength}.`);
  }
  return maxLength;
}

/** Renders with as much of the entry as the rest of the report leaves room for. */
function fitEntry({
  render,
  entry,
  maxLength,
}: {
  render: (view: EntryView) => string | undefined;
  entry: string;
  maxLength: number;
}): string | undefined {
  const withoutEntry = render({ text: '', omittedLines: entryLines(entry).length });
  if (withoutEntry === undefined) return undefined;
  const view = fitFencedEntry({ entry, maxLength: maxLength - withoutEntry.length - ENTRY_NOTE_ALLOWANCE });
  if (view.text === '') return withoutEntry;
  return render(view) ?? withoutEntry;
}

/**
 * Only the verdict, for reports too large for any detail level: the reader still learns the
 * outcome and where the full report is. Without user text it is a few hundred characters.
 */
function lastResort({
  report,
  options,
  includeMarker,
  maxLength,
}: {
  report: Report;
  options: MarkdownOptions;
  includeMarker: boolean;
  maxLength: number;
}): string {
  const level: DetailLevel = { ...SPAREST_DETAIL, textLength: LAST_RESORT_TEXT_LENGTH };
  const note = ['', '_The full report is too long for GitHub; `ml-docs-guard check` prints it whole._'];
  const marker = includeMarker ? [COMMENT_MARKER] : [];
  const withNames = collectWithin({
    lines: [...marker, ...headlineSection({ report, format: markdownFormat(level), options }), ...note],
    maxLength,
  });
  if (withNames !== undefined) return withNames;
  const defaultHeading = { heading: DEFAULT_HEADING };
  const [heading = ''] = headlineSection({ report, format: markdownFormat(level), options: defaultHeading });
  return [...marker, heading, ...note].join('\n');
}
