import type { Hunk, ParsedPatch, PatchLine } from '../types.js';
import { parseHunkHeader } from './hunk-header.js';

/*
 * Why not `diff`'s `parsePatch`: it drops the text git prints after the closing `@@` (the
 * enclosing function, which reviews and change summaries name), throws on the truncated or
 * hand-edited patches this engine must survive, and runs several regexes per line. The hunk
 * grammar is small, so it is read here with character comparisons only.
 */

const CHAR_SPACE = 0x20;
const CHAR_PLUS = 0x2b;
const CHAR_MINUS = 0x2d;
const CHAR_BACKSLASH = 0x5c;
const CHAR_AT = 0x40;
const CHAR_CR = 0x0d;

/** Parses `@@ -a[,b] +c[,d] @@[ context]` into an empty hunk; undefined for any other line. */
function parseHeader(line: string): (Hunk & { lines: PatchLine[] }) | undefined {
  const header = parseHunkHeader(line);
  if (header === undefined) return undefined;
  // Field by field rather than a spread: one hunk per header, thousands in a large diff.
  const { oldStart, oldLines, newStart, newLines, context } = header;
  return { oldStart, oldLines, newStart, newLines, context, lines: [] };
}

/**
 * Parses the hunks of one file's unified diff: GitHub's `patch` field (which starts at the first
 * `@@`) or the hunk part of `git diff`. Never throws: text outside hunks (file headers, garbage)
 * is skipped, and a hunk cut short keeps the lines read so far. Lines inside a hunk are read by
 * the hunk's counts, so content such as `--- a` or `+++ b` stays content. CRLF endings are
 * dropped from the text.
 */
export function parsePatch(patch: string): ParsedPatch {
  const hunks: Hunk[] = [];
  let lines: PatchLine[] = [];
  let oldLeft = 0;
  let newLeft = 0;
  let oldLine = 0;
  let newLine = 0;
  // Lines are cut straight out of `patch` (no split, no per-line copy before the text slice):
  // this runs on every triggering file and on patches of hundreds of thousands of lines.
  let start = 0;
  while (start < patch.length) {
    let end = patch.indexOf('\n', start);
    const next = end < 0 ? patch.length : end + 1;
    if (end < 0) end = patch.length;
    if (end > start && patch.charCodeAt(end - 1) === CHAR_CR) end -= 1;
    const first = end > start ? patch.charCodeAt(start) : -1;
    // A line fits the hunk only while its side(s) have lines left: a hunk never holds more than
    // its header announces, so line numbers never run past it.
    const contextFits = oldLeft > 0 && newLeft > 0;
    // `\ No newline at end of file` annotates the previous line and counts for neither side.
    if (first === CHAR_BACKSLASH) {
      // Nothing to record.
    } else if (contextFits && first === CHAR_SPACE) {
      lines.push({ kind: 'context', text: patch.slice(start + 1, end), oldLine: oldLine++, newLine: newLine++ });
      oldLeft -= 1;
      newLeft -= 1;
    } else if (newLeft > 0 && first === CHAR_PLUS) {
      lines.push({ kind: 'add', text: patch.slice(start + 1, end), newLine: newLine++ });
      newLeft -= 1;
    } else if (oldLeft > 0 && first === CHAR_MINUS) {
      lines.push({ kind: 'del', text: patch.slice(start + 1, end), oldLine: oldLine++ });
      oldLeft -= 1;
    } else if (contextFits && first === -1) {
      // Some tools strip the single space of an empty context line.
      lines.push({ kind: 'context', text: '', oldLine: oldLine++, newLine: newLine++ });
      oldLeft -= 1;
      newLeft -= 1;
    } else {
      const header = first === CHAR_AT ? parseHeader(patch.slice(start, end)) : undefined;
      // Anything but a header ends the current hunk; the reader waits for the next header.
      oldLeft = header?.oldLines ?? 0;
      newLeft = header?.newLines ?? 0;
      if (header !== undefined) {
        lines = header.lines;
        hunks.push(header);
        oldLine = header.oldStart;
        newLine = header.newStart;
      }
    }
    start = next;
  }
  return { hunks };
}
