import { type HunkHeader, parseHunkHeader } from './hunk-header.js';

const CHAR_SPACE = 0x20;
const CHAR_PLUS = 0x2b;
const CHAR_MINUS = 0x2d;
const CHAR_BACKSLASH = 0x5c;
const CHAR_AT = 0x40;
const CHAR_CR = 0x0d;

/** What `PatchCursor.next` reached: a line of each kind, a hunk header, or the end. */
export const LINE_ADD = 1;
export const LINE_DEL = 2;
export const LINE_CONTEXT = 3;
export const HUNK = 4;
export const END = 0;
export type LineKind = typeof LINE_ADD | typeof LINE_DEL | typeof LINE_CONTEXT;
export type PatchStep = LineKind | typeof HUNK | typeof END;

/**
 * Reads the hunks of one file's unified diff (GitHub's `patch` field, which starts at the first
 * `@@`, or the hunk part of `git diff`) one step at a time, in place: a caller that only looks
 * at the lines (naming touched code) builds no object and no string per line, and `parsePatch`
 * builds its hunks from the same grammar.
 *
 * Never throws: text outside hunks (file headers, garbage) is skipped, and a hunk cut short ends
 * with the lines read so far. Lines inside a hunk are read by the hunk's counts, so content such
 * as `--- a` or `+++ b` stays content, and a hunk never holds more lines than its header says.
 * `\ No newline at end of file` annotates the previous line and counts for neither side.
 */
export class PatchCursor {
  /** The current line's text is `patch.slice(start, end)`: after its marker, without a CR ending. */
  start = 0;
  end = 0;
  /** The current line's numbers; only the side(s) the line exists on are meaningful. */
  oldLine = 0;
  newLine = 0;
  /** The header of the hunk reached last. */
  header: HunkHeader | undefined;
  private position = 0;
  private oldLeft = 0;
  private newLeft = 0;
  private nextOld = 0;
  private nextNew = 0;

  constructor(readonly patch: string) {}

  /** Moves to the next hunk header or hunk line; `END` past the last. */
  next(): PatchStep {
    const { patch } = this;
    while (this.position < patch.length) {
      const start = this.position;
      let end = patch.indexOf('\n', start);
      this.position = end < 0 ? patch.length : end + 1;
      if (end < 0) end = patch.length;
      if (end > start && patch.charCodeAt(end - 1) === CHAR_CR) end -= 1;
      const first = end > start ? patch.charCodeAt(start) : -1;
      const contextFits = this.oldLeft > 0 && this.newLeft > 0;
      if (first === CHAR_BACKSLASH) continue;
      if (contextFits && (first === CHAR_SPACE || first === -1)) {
        // An empty line is an empty context line whose single space some tool stripped.
        this.start = first === -1 ? start : start + 1;
        this.end = end;
        this.oldLine = this.nextOld++;
        this.newLine = this.nextNew++;
        this.oldLeft -= 1;
        this.newLeft -= 1;
        return LINE_CONTEXT;
      }
      if (this.newLeft > 0 && first === CHAR_PLUS) {
        this.start = start + 1;
        this.end = end;
        this.newLine = this.nextNew++;
        this.newLeft -= 1;
        return LINE_ADD;
      }
      if (this.oldLeft > 0 && first === CHAR_MINUS) {
        this.start = start + 1;
        this.end = end;
        this.oldLine = this.nextOld++;
        this.oldLeft -= 1;
        return LINE_DEL;
      }
      const header = first === CHAR_AT ? parseHunkHeader(patch.slice(start, end)) : undefined;
      // Anything but a header ends the current hunk; the reader waits for the next header.
      this.oldLeft = header?.oldLines ?? 0;
      this.newLeft = header?.newLines ?? 0;
      if (header !== undefined) {
        this.nextOld = header.oldStart;
        this.nextNew = header.newStart;
        this.header = header;
        return HUNK;
      }
    }
    return END;
  }
}
