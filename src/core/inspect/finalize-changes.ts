import type { Change } from '../types.js';
import { makeChange } from './make-change.js';

/**
 * Most changes listed for one file: a reviewer reads a few dozen facts, and a regenerated config
 * with hundreds of keys would bury every other file of the PR.
 */
export const MAX_CHANGES_PER_FILE = 50;

/**
 * Orders a file's changes by line (file-level facts, which have none, first) and bounds them,
 * ending with one change that counts what was left out.
 */
export function finalizeChanges({ file, changes }: { readonly file: string; readonly changes: readonly Change[] }): Change[] {
  const sorted = changes
    .map((change, index) => ({ change, index }))
    .sort((a, b) => (a.change.line ?? 0) - (b.change.line ?? 0) || a.index - b.index)
    .map(({ change }) => change);
  if (sorted.length <= MAX_CHANGES_PER_FILE) return sorted;
  const left = sorted.length - MAX_CHANGES_PER_FILE;
  return [
    ...sorted.slice(0, MAX_CHANGES_PER_FILE),
    makeChange({ file, kind: 'omitted', summary: `… and ${left} more change${left === 1 ? '' : 's'} in \`${file}\`` }),
  ];
}
