import { parsePatch } from '../diff/parse-patch.js';
import type { ChangedFile } from '../types.js';

/** What a pull request did to a doc, in the doc's line numbers at head. */
export interface DocEdits {
  /** Lines the pull request added (or rewrote), in order. */
  readonly added: readonly number[];
  /** Added lines, and the lines next to which lines were deleted: the parts of the doc it touched. */
  readonly touched: ReadonlySet<number>;
}

/**
 * Reads a doc's patch into the lines it added and touched. Without a patch (GitHub sends none
 * for a too-large diff) every line of the doc at head counts as added, since the review cannot
 * tell which lines are new.
 */
export function docEdits({ file, lineCount }: { readonly file: ChangedFile; readonly lineCount: number }): DocEdits {
  if (file.patch === undefined) {
    const all = Array.from({ length: lineCount }, (_, index) => index + 1);
    return { added: all, touched: new Set(all) };
  }
  const added: number[] = [];
  const touched = new Set<number>();
  for (const hunk of parsePatch(file.patch).hunks) {
    let next = hunk.newStart;
    for (const line of hunk.lines) {
      if (line.newLine !== undefined) next = line.newLine + 1;
      if (line.kind === 'add' && line.newLine !== undefined) {
        added.push(line.newLine);
        touched.add(line.newLine);
      } else if (line.kind === 'del') {
        // A deletion sits between two head lines: both are part of the edited passage.
        touched.add(Math.max(next - 1, 1));
        touched.add(next);
      }
    }
  }
  return { added, touched };
}
