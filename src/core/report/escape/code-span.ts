import { longestBacktickRun } from './longest-backtick-run.js';

/** Line breaks shown the way git quotes them in paths, so `a\nb` is not mistaken for `a b`. */
const VISIBLE_LINE_BREAKS: ReadonlyMap<string, string> = new Map([
  ['\r', '\\r'],
  ['\n', '\\n'],
]);

/** Shown instead of an empty code span, which markdown would print as two bare backticks. */
const EMPTY = '(empty)';

/**
 * Renders literal text (a path, a glob, a label) as an inline code span that no content can close
 * early: the delimiter is one backtick longer than any run inside, and padding keeps a leading
 * or trailing backtick or space from being swallowed. Pipes are left to the table renderer,
 * which escapes them for every cell.
 */
export function codeSpan(text: string): string {
  const content = text.replace(/[\r\n]/g, (character) => VISIBLE_LINE_BREAKS.get(character) ?? character);
  if (content.length === 0) return EMPTY;
  const delimiter = '`'.repeat(longestBacktickRun(content) + 1);
  const pad = needsPadding(content) ? ' ' : '';
  return `${delimiter}${pad}${content}${pad}${delimiter}`;
}

// CommonMark strips one space from each side when both sides have one (unless all are spaces);
// a backtick at either end would merge with the delimiter.
function needsPadding(content: string): boolean {
  if (content.startsWith('`') || content.endsWith('`')) return true;
  return content.startsWith(' ') && content.endsWith(' ') && content.trim() !== '';
}
