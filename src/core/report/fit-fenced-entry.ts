import { entryLines, type EntryView } from './entry-view.js';
import { fenceLength } from './escape/fence-for.js';
import { longestBacktickRun } from './escape/longest-backtick-run.js';

/** The info string of the entry's fence: GitHub highlights it as markdown. */
export const ENTRY_FENCE_INFO = 'markdown';

/**
 * The leading whole lines of the entry whose fenced block (opening line with the info string, the
 * lines, closing line) fits in `maxLength` characters. A cut at a line boundary leaves a valid,
 * shorter Keep a Changelog entry. The fence grows with the longest backtick run, so a line of
 * backticks can cost three times its length: both costs only grow with each line added, so the
 * first line that does not fit ends the entry.
 */
export function fitFencedEntry({ entry, maxLength }: { readonly entry: string; readonly maxLength: number }): EntryView {
  const lines = entryLines(entry);
  let textLength = -1;
  let longestRun = 0;
  let kept = 0;
  for (const line of lines) {
    const nextText = textLength + 1 + line.length;
    const nextRun = Math.max(longestRun, longestBacktickRun(line));
    if (fencedLength({ textLength: nextText, longestRun: nextRun }) > maxLength) break;
    textLength = nextText;
    longestRun = nextRun;
    kept += 1;
  }
  return { text: lines.slice(0, kept).join('\n'), omittedLines: lines.length - kept };
}

function fencedLength({ textLength, longestRun }: { textLength: number; longestRun: number }): number {
  const fence = fenceLength(longestRun);
  return fence + ENTRY_FENCE_INFO.length + 1 + textLength + 1 + fence;
}
