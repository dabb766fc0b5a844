import { dependencyChanges, type Dependency } from '../dependency-changes.js';
import { filePath } from '../file-path.js';
import type { Inspector } from '../inspector.js';
import { changedLines } from '../patch-lines.js';
import { patchOrContent } from '../patch-or-content.js';
import { parseRequirement } from '../python-requirement.js';

/** `requirements.txt`, `requirements-gpu.txt`, `dev-requirements.in`, `requirements/base.txt`, `constraints.txt`. */
function isRequirementsFile(path: string): boolean {
  const { lower, dirs, ext } = filePath(path);
  if (ext !== 'txt' && ext !== 'in') return false;
  return /requirements|constraints/.test(lower) || dirs.includes('requirements');
}

/**
 * pip requirement files, read from the patch: pins and ranges changed, added, removed.
 * "ML framework `torch` 2.1.0 → 2.2.0".
 */
export const requirementsTxt: Inspector = {
  name: 'requirements-txt',
  matches: isRequirementsFile,
  async inspect(input) {
    const { patch, problem } = await patchOrContent(input);
    if (problem !== undefined) return [problem];
    const lines = changedLines(patch);
    const read = (kind: 'add' | 'del'): Dependency[] =>
      lines.flatMap((line) => {
        const requirement = line.kind === kind ? parseRequirement(line.text) : undefined;
        return requirement === undefined ? [] : [{ name: requirement.name, spec: requirement.spec, line: line.line }];
      });
    return dependencyChanges({ file: input.file.path, base: read('del'), head: read('add') });
  },
};
