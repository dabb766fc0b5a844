import { dependencyChanges, type Dependency } from '../dependency-changes.js';
import { filePath } from '../file-path.js';
import type { Inspector } from '../inspector.js';
import { asMapping } from '../as-mapping.js';
import { loadSides } from '../load-sides.js';
import type { ParsedStructure } from '../parsed-structure.js';
import { readToml } from '../read-toml.js';
import { fromTable } from './pyproject.js';

function dependenciesOf(document: ParsedStructure | undefined): Dependency[] {
  if (document === undefined) return [];
  const root = asMapping(document.value);
  const python = asMapping(root.requires).python_version;
  return [
    ...(typeof python === 'string' ? [{ name: 'python', spec: python }] : []),
    ...fromTable(root.packages, { at: 'packages', document }),
    ...fromTable(root['dev-packages'], { at: 'dev-packages', group: 'dev', document }),
  ];
}

/** Pipenv's `Pipfile`: `[packages]`, `[dev-packages]` and the required Python version. */
export const pipfile: Inspector = {
  name: 'pipfile',
  matches: (path) => filePath(path).name === 'Pipfile',
  readsFirst: true,
  async inspect(input) {
    const loaded = await loadSides({ input, read: readToml });
    if (!loaded.ok) return loaded.changes;
    return dependencyChanges({ file: input.file.path, base: dependenciesOf(loaded.base), head: dependenciesOf(loaded.head) });
  },
};
