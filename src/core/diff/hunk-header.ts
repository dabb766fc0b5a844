/** What a hunk's `@@ -a[,b] +c[,d] @@[ context]` line says. */
export interface HunkHeader {
  readonly oldStart: number;
  readonly oldLines: number;
  readonly newStart: number;
  readonly newLines: number;
  /** The text after the closing `@@` (the enclosing function, when git knows it), without its leading space. */
  readonly context: string;
}

const CHAR_ZERO = 0x30;
const CHAR_NINE = 0x39;
const CHAR_COMMA = 0x2c;
const CHAR_SPACE = 0x20;

/** Cursor over a header line, so reading its numbers returns plain numbers, not objects. */
class HeaderReader {
  index = 0;
  constructor(readonly line: string) {}

  /** Reads digits; -1 when there are none. Never reads past the line (that would deopt the caller). */
  number(): number {
    const from = this.index;
    let value = 0;
    while (this.index < this.line.length) {
      const code = this.line.charCodeAt(this.index);
      if (code < CHAR_ZERO || code > CHAR_NINE) break;
      value = value * 10 + (code - CHAR_ZERO);
      this.index += 1;
    }
    return this.index === from ? -1 : value;
  }

  /** Reads the `,count` after a start; an omitted count means one line, as GNU and git print. */
  count(): number {
    if (this.index >= this.line.length || this.line.charCodeAt(this.index) !== CHAR_COMMA) return 1;
    this.index += 1;
    return this.number();
  }

  skip(text: string): boolean {
    if (!this.line.startsWith(text, this.index)) return false;
    this.index += text.length;
    return true;
  }
}

/**
 * Parses a hunk header; undefined for any other line. Read with character comparisons, not a
 * pattern: a large diff has thousands of hunks, and both the whole-diff reader and the patch
 * parser read every header.
 */
export function parseHunkHeader(line: string): HunkHeader | undefined {
  const reader = new HeaderReader(line);
  if (!reader.skip('@@ -')) return undefined;
  const oldStart = reader.number();
  const oldLines = oldStart < 0 ? -1 : reader.count();
  if (oldLines < 0 || !reader.skip(' +')) return undefined;
  const newStart = reader.number();
  const newLines = newStart < 0 ? -1 : reader.count();
  if (newLines < 0 || !reader.skip(' @@')) return undefined;
  const spaced = reader.index < line.length && line.charCodeAt(reader.index) === CHAR_SPACE;
  return { oldStart, oldLines, newStart, newLines, context: line.slice(spaced ? reader.index + 1 : reader.index) };
}
