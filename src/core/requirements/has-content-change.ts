import { parsePatch } from '../diff/parse-patch.js';
import type { ChangedFile, FileStatus } from '../types.js';

/** Statuses whose content is new or edited by definition, when git sends no line counts. */
const EDITED_STATUSES: readonly FileStatus[] = ['added', 'modified'];

/**
 * Whether the pull request changed what a file says, which is what documenting means: a removed
 * file, a pure rename (no added or deleted line) or an empty new file say nothing new. Line
 * counts decide when known, then the patch; without either (a binary or too-large file) the
 * status does.
 */
export function hasContentChange(file: ChangedFile): boolean {
  if (file.status === 'removed' || file.status === 'unchanged') return false;
  if (file.binary === true) return EDITED_STATUSES.includes(file.status);
  if (file.additions !== undefined || file.deletions !== undefined) {
    return (file.additions ?? 0) + (file.deletions ?? 0) > 0;
  }
  if (file.patch !== undefined) {
    return parsePatch(file.patch).hunks.some((hunk) => hunk.lines.some((line) => line.kind !== 'context'));
  }
  return EDITED_STATUSES.includes(file.status);
}
