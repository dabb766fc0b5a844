import type { Hunk, ParsedPatch, PatchLine } from '../types.js';
import type { HunkHeader } from './hunk-header.js';
import { END, HUNK, LINE_ADD, LINE_DEL, PatchCursor } from './patch-cursor.js';

/*
 * Why not `diff`'s `parsePatch`: it drops the text git prints after the closing `@@` (the
 * enclosing function, which reviews and change summaries name), throws on the truncated or
 * hand-edited patches this engine must survive, and runs several regexes per line. The hunk
 * grammar is small, so `PatchCursor` reads it with character comparisons only.
 */

/**
 * Parses the hunks of one file's unified diff: GitHub's `patch` field (which starts at the first
 * `@@`) or the hunk part of `git diff`. Never throws; see `PatchCursor` for what is read as a
 * hunk line. CRLF endings are dropped from the text.
 */
export function parsePatch(patch: string): ParsedPatch {
  const hunks: Hunk[] = [];
  let lines: PatchLine[] = [];
  const cursor = new PatchCursor(patch);
  for (let step = cursor.next(); step !== END; step = cursor.next()) {
    if (step === HUNK) {
      // Field by field rather than a spread: one hunk per header, thousands in a large diff.
      const { oldStart, oldLines, newStart, newLines, context } = cursor.header as HunkHeader;
      lines = [];
      hunks.push({ oldStart, oldLines, newStart, newLines, context, lines });
      continue;
    }
    const text = patch.slice(cursor.start, cursor.end);
    if (step === LINE_ADD) lines.push({ kind: 'add', text, newLine: cursor.newLine });
    else if (step === LINE_DEL) lines.push({ kind: 'del', text, oldLine: cursor.oldLine });
    else lines.push({ kind: 'context', text, oldLine: cursor.oldLine, newLine: cursor.newLine });
  }
  return { hunks };
}
