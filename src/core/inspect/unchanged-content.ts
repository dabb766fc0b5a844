import type { ChangedFile } from '../types.js';

/**
 * Whether the file's content is known to be the same on both sides: a pure rename or copy, a
 * mode change, an unchanged entry. Nothing is read for such files.
 */
export function isUnchangedContent(file: ChangedFile): boolean {
  if (file.status === 'unchanged') return true;
  if (file.status === 'added' || file.status === 'removed' || file.status === 'modified') return false;
  return file.additions === 0 && file.deletions === 0;
}
