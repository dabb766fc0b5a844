import { firstNonSpace, isTrimmedSpace, trimmedEnd } from '../text/line-start.js';

/**
 * `# Title ##`: an ATX heading's level and text. Read by hand, in one pass: the natural pattern
 * (a lazy text before an optional closing sequence and trailing blanks) backtracks for seconds on
 * a line of spaces, and documents and pull request descriptions are written by the pull request.
 */
export interface AtxHeading {
  readonly level: number;
  /** The text without the closing `#`s; `''` for an empty heading. */
  readonly text: string;
}

/** Most `#`s a heading has (`######`). */
const MAX_LEVEL = 6;
/** Spaces a heading may be indented by before it becomes code. */
const MAX_INDENT = 3;

const isBlank = (char: string | undefined): boolean => char === ' ' || char === '\t';
const LINE_BREAK = /[\n\r\u2028\u2029]/;

/** Index just past the last character of `text[from..to)` that is not in `skip`, scanning back. */
function trimEndOf(text: string, to: number, from: number, skip: (char: string | undefined) => boolean): number {
  let end = to;
  while (end > from && skip(text[end - 1])) end -= 1;
  return end;
}

/** The heading's `#`s: where they start and how many, or `undefined` when the line has none. */
function openingOf(line: string): { readonly start: number; readonly level: number } | undefined {
  let start = 0;
  while (start <= MAX_INDENT && line[start] === ' ') start += 1;
  if (start > MAX_INDENT) return undefined;
  let end = start;
  while (line[end] === '#') end += 1;
  return end === start ? undefined : { start, level: end - start };
}

/**
 * A Markdown (CommonMark) ATX heading: up to three spaces, one to six `#`s, then blanks and the
 * text; a closing run of `#`s counts only after a blank (`# C#` is about C#).
 */
export function readAtxHeading(line: string): AtxHeading | undefined {
  const opening = openingOf(line);
  if (opening === undefined || opening.level > MAX_LEVEL) return undefined;
  const restStart = opening.start + opening.level;
  if (restStart === line.length) return { level: opening.level, text: '' };
  if (!isBlank(line[restStart]) || LINE_BREAK.test(line)) return undefined;
  const end = trimEndOf(line, line.length, restStart, isBlank);
  let start = restStart;
  while (start < end && isBlank(line[start])) start += 1;
  // A run of `#`s after a blank closes the heading; text made of `#`s alone stays text.
  const closing = trimEndOf(line, end, start, (char) => char === '#');
  const closed = closing > start && closing < end && isBlank(line[closing - 1]);
  const text = line.slice(start, closed ? trimEndOf(line, closing, start, isBlank) : end);
  return { level: opening.level, text };
}

/**
 * A heading as pull request descriptions write them, more loosely than Markdown: any whitespace
 * after the `#`s, and trailing `#`s dropped whether or not a blank precedes them (`## Why ##`,
 * `## Why#`). A line of seven or more `#`s and nothing else counts, with no text.
 */
export function readLooseAtxHeading(line: string): AtxHeading | undefined {
  const opening = openingOf(line);
  if (opening === undefined) return undefined;
  const restStart = opening.start + opening.level;
  const end = trimmedEnd(line, line.length, restStart);
  if (opening.level > MAX_LEVEL) return end === restStart ? { level: MAX_LEVEL, text: '' } : undefined;
  if (end === restStart) return { level: opening.level, text: '' };
  if (!isTrimmedSpace(line.charCodeAt(restStart))) return undefined;
  const start = firstNonSpace(line, restStart);
  const text = line.slice(
    start,
    trimmedEnd(
      line,
      trimEndOf(line, end, start, (char) => char === '#'),
      start,
    ),
  );
  return LINE_BREAK.test(text) ? undefined : { level: opening.level, text };
}
