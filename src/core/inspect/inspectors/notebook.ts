import type { Change } from '../../types.js';
import { filePath } from '../file-path.js';
import type { Inspector } from '../inspector.js';
import { makeChange } from '../make-change.js';
import { changedLines } from '../patch-lines.js';

/** Every notebook cell starts with this key in nbformat JSON, one per line as Jupyter writes it. */
const CELL_START = /^\s*"cell_type":/;

const cells = (count: number): string => `${count} cell${count === 1 ? '' : 's'}`;

/**
 * Jupyter notebooks: named, with cell counts read from the patch. Outputs are never parsed and
 * nothing is read: notebooks are large and their diffs mostly outputs.
 */
export const notebook: Inspector = {
  name: 'notebook',
  matches: (path) => filePath(path).ext === 'ipynb',
  async inspect({ file, patch }): Promise<Change[]> {
    const path = file.path;
    const lines = changedLines(patch);
    const added = lines.filter((line) => line.kind === 'add' && CELL_START.test(line.text)).length;
    const removed = lines.filter((line) => line.kind === 'del' && CELL_START.test(line.text)).length;
    const summary = (() => {
      if (file.status === 'removed') return 'removed notebook';
      if (file.status === 'added') return patch === undefined ? 'new notebook' : `new notebook (${cells(added)})`;
      if (patch === undefined) return 'notebook changed (diff not available)';
      const counts = [...(added > 0 ? [`${cells(added)} added`] : []), ...(removed > 0 ? [`${cells(removed)} removed`] : [])];
      return counts.length > 0 ? `notebook changed: ${counts.join(', ')}` : 'notebook changed: cells edited';
    })();
    return [makeChange({ file: path, kind: 'notebook', line: lines.find((line) => line.kind === 'add')?.line, summary })];
  },
};
