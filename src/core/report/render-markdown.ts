import type { Report } from '../types.js';
import { fitMarkdown } from './markdown/fit-markdown.js';
import type { MarkdownOptions } from './markdown/markdown-options.js';

/**
 * The report as GitHub markdown: the body of the sticky PR comment (it starts with
 * `COMMENT_MARKER`) and of the job summary. Always within `options.maxLength` characters
 * (`DEFAULT_MAX_LENGTH` by default): a report too long for it is summarised step by step, never
 * cut mid-table or mid-fence. Throws a `RangeError` for a `maxLength` below `MIN_MAX_LENGTH` and
 * an `Error` for an `editChangelogUrl` that is not http(s).
 */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  return fitMarkdown({ report, options, includeMarker: true });
}
