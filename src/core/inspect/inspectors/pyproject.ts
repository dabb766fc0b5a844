import { dependencyChanges, type Dependency } from '../dependency-changes.js';
import { filePath } from '../file-path.js';
import type { Inspector } from '../inspector.js';
import { asMapping } from '../as-mapping.js';
import { joinIndex, joinKey } from '../key-path.js';
import { loadSides } from '../load-sides.js';
import type { ParsedStructure } from '../parsed-structure.js';
import { compactSpec, parseRequirement } from '../python-requirement.js';
import { readToml } from '../read-toml.js';
import { renderValue } from '../render-value.js';

/** Where a list or table of dependencies sits, and the group it declares. */
interface Declared {
  /** Key path of the list or table. */
  readonly at: string;
  readonly group?: string;
  readonly document: ParsedStructure;
}

function dependency({
  name,
  spec,
  group,
  line,
}: {
  name: string;
  spec: string;
  group?: string | undefined;
  line?: number | undefined;
}): Dependency {
  return { name, spec, ...(group === undefined ? {} : { group }), ...(line === undefined ? {} : { line }) };
}

/** PEP 508 strings of a list (`[project] dependencies`, optional groups, dependency groups). */
function fromList(list: unknown, { at, group, document }: Declared): Dependency[] {
  return (Array.isArray(list) ? list : []).flatMap((item, index) => {
    const requirement = typeof item === 'string' ? parseRequirement(item) : undefined;
    if (requirement === undefined) return [];
    return [dependency({ ...requirement, group, line: document.positions.get(joinIndex(at, index))?.line })];
  });
}

/** A Poetry or Pipenv constraint: `"^1.2"`, `{version = "^1.2"}`, a git/path/url source; '' for `*`. */
function tableSpec(value: unknown): string {
  const detail = asMapping(Array.isArray(value) ? value[0] : value);
  const version = typeof value === 'string' ? value : typeof detail.version === 'string' ? detail.version : undefined;
  if (version !== undefined) return version === '*' ? '' : compactSpec(version);
  const source = ['git', 'path', 'url', 'file'].find((kind) => typeof detail[kind] === 'string');
  return source === undefined ? renderValue(value) : `${source} ${String(detail[source])}`;
}

/** Poetry and Pipenv tables: `name = "^1.2"`, `name = {version = "^1.2", extras = [...]}`, sources. */
export function fromTable(table: unknown, { at, group, document }: Declared): Dependency[] {
  return Object.entries(asMapping(table)).map(([name, value]) =>
    dependency({ name, spec: tableSpec(value), group, line: document.positions.get(joinKey(at, name))?.line }),
  );
}

function dependenciesOf(document: ParsedStructure | undefined): Dependency[] {
  if (document === undefined) return [];
  const root = asMapping(document.value);
  const project = asMapping(root.project);
  const poetry = asMapping(asMapping(root.tool).poetry);
  const python = project['requires-python'];
  return [
    ...(typeof python === 'string' ? [{ name: 'python', spec: compactSpec(python) }] : []),
    ...fromList(project.dependencies, { at: 'project.dependencies', document }),
    ...Object.entries(asMapping(project['optional-dependencies'])).flatMap(([group, list]) =>
      fromList(list, { at: joinKey('project.optional-dependencies', group), group: `optional ${group}`, document }),
    ),
    ...Object.entries(asMapping(root['dependency-groups'])).flatMap(([group, list]) =>
      fromList(list, { at: joinKey('dependency-groups', group), group, document }),
    ),
    ...fromTable(poetry.dependencies, { at: 'tool.poetry.dependencies', document }),
    ...fromTable(poetry['dev-dependencies'], { at: 'tool.poetry.dev-dependencies', group: 'dev', document }),
    ...Object.entries(asMapping(poetry.group)).flatMap(([group, definition]) =>
      fromTable(asMapping(definition).dependencies, {
        at: joinKey(joinKey('tool.poetry.group', group), 'dependencies'),
        group,
        document,
      }),
    ),
  ];
}

/**
 * `pyproject.toml`: `[project]` dependencies, optional dependencies and `requires-python`,
 * PEP 735 dependency groups, and Poetry's dependency tables and groups.
 */
export const pyproject: Inspector = {
  name: 'pyproject',
  matches: (path) => filePath(path).lower === 'pyproject.toml',
  readsFirst: true,
  async inspect(input) {
    const loaded = await loadSides({ input, read: readToml });
    if (!loaded.ok) return loaded.changes;
    return dependencyChanges({ file: input.file.path, base: dependenciesOf(loaded.base), head: dependenciesOf(loaded.head) });
  },
};
