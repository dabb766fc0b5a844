import { dependencyChanges, type Dependency } from '../dependency-changes.js';
import { filePath } from '../file-path.js';
import type { Inspector } from '../inspector.js';
import { changedLines, type ChangedLine } from '../patch-lines.js';
import { patchOrContent } from '../patch-or-content.js';
import { parseRequirement } from '../python-requirement.js';

/** Keyword arguments of `setup()` that list requirements; other `key=` lines are not requirements. */
const REQUIREMENT_ARGUMENTS = /^\s*(install_requires|setup_requires|tests_require|requires)\s*=/;
const ANY_ARGUMENT = /^\s*[A-Za-z_]\w*\s*=/;
/** A quoted string not followed by `:` (a dict key such as an extras group name). */
const QUOTED = /(['"])([^'"]+)\1(?!\s*:)/g;

/** `setup.py`: quoted requirement strings on changed lines inside requirement arguments. */
function fromSetupPy(line: ChangedLine): Dependency[] {
  if (ANY_ARGUMENT.test(line.text) && !REQUIREMENT_ARGUMENTS.test(line.text)) return [];
  return [...line.text.matchAll(QUOTED)].flatMap((match) => {
    const requirement = parseRequirement(match[2] ?? '');
    return requirement === undefined ? [] : [{ name: requirement.name, spec: requirement.spec, line: line.line }];
  });
}

/** `setup.cfg`: indented continuation lines of `install_requires =` and extras. */
function fromSetupCfg(line: ChangedLine): Dependency[] {
  const inline = /^\s*install_requires\s*=\s*(.+)$/.exec(line.text)?.[1];
  const text = inline ?? (/^\s+\S/.test(line.text) ? line.text : '');
  const requirement = parseRequirement(text);
  return requirement === undefined ? [] : [{ name: requirement.name, spec: requirement.spec, line: line.line }];
}

/**
 * `setup.py` and `setup.cfg` requirements, read from the patch lines. Without the whole file the
 * enclosing argument is not always visible, so only lines that parse as requirements count.
 */
export const setupPy: Inspector = {
  name: 'setup-py',
  matches: (path) => ['setup.py', 'setup.cfg'].includes(filePath(path).lower),
  async inspect(input) {
    const { patch, problem } = await patchOrContent(input);
    if (problem !== undefined) return [problem];
    const read = filePath(input.file.path).ext === 'py' ? fromSetupPy : fromSetupCfg;
    const lines = changedLines(patch);
    return dependencyChanges({
      file: input.file.path,
      base: lines.filter((line) => line.kind === 'del').flatMap(read),
      head: lines.filter((line) => line.kind === 'add').flatMap(read),
    });
  },
};
