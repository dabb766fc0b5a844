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

/** PEP 508 strings of a list (`[project] dependencies`, optional groups, dependency groups). */
function fromList({ list, at, group, document }: { list: unknown; at: string; group?: string; document: ParsedStructure }): Dependency[] {
  return (Array.isArray(list) ? list : []).flatMap((item, index) => {
    const requirement = typeof item === 'string' ? parseRequirement(item) : undefined;
    if (requirement === undefined) return [];
    const line = document.positions.get(joinIndex(at, index))?.line;
    return [{ name: requirement.name, spec: requirement.spec, ...(group === undefined ? {} : { group }), ...(line === undefined ? {} : { line }) }];
  });
}

/** Poetry and Pipenv tables: `name = "^1.2"`, `name = {version = "^1.2", extras = [...]}`, git/path/url sources. */
export function fromTable({ table, at, group, document }: { table: unknown; at: string; group?: string; document: ParsedStructure }): Dependency[] {
  return Object.entries(asMapping(table)).map(([name, value]) => {
    const detail = asMapping(Array.isArray(value) ? value[0] : value);
    const source = ['git', 'path', 'url', 'file'].find((kind) => typeof detail[kind] === 'string');
    const version = typeof value === 'string' ? value : typeof detail.version === 'string' ? detail.version : undefined;
    const spec = version !== undefined ? (version === '*' ? '' : compactSpec(version)) : source !== undefined ? `${source} ${String(detail[source])}` : renderValue(value);
    const line = document.positions.get(joinKey(at, name))?.line;
    return { name, spec, ...(group === undefined ? {} : { group }), ...(line === undefined ? {} : { line }) };
  });
}

function dependenciesOf(document: ParsedStructure | undefined): Dependency[] {
  if (document === undefined) return [];
  const root = asMapping(document.value);
  const project = asMapping(root.project);
  const poetry = asMapping(asMapping(root.tool).poetry);
  const requiresPython = typeof project['requires-python'] === 'string' ? [{ name: 'python', spec: compactSpec(project['requires-python']) }] : [];
  return [
    ...requiresPython,
    ...fromList({ list: project.dependencies, at: 'project.dependencies', document }),
    ...Object.entries(asMapping(project['optional-dependencies'])).flatMap(([group, list]) =>
      fromList({ list, at: joinKey('project.optional-dependencies', group), group: `optional ${group}`, document }),
    ),
    ...Object.entries(asMapping(root['dependency-groups'])).flatMap(([group, list]) => fromList({ list, at: joinKey('dependency-groups', group), group, document })),
    ...fromTable({ table: poetry.dependencies, at: 'tool.poetry.dependencies', document }),
    ...fromTable({ table: poetry['dev-dependencies'], at: 'tool.poetry.dev-dependencies', group: 'dev', document }),
    ...Object.entries(asMapping(poetry.group)).flatMap(([group, definition]) =>
      fromTable({ table: asMapping(definition).dependencies, at: joinKey(joinKey('tool.poetry.group', group), 'dependencies'), group, document }),
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
  async inspect(input) {
    const loaded = await loadSides({ input, read: readToml });
    if (!loaded.ok) return loaded.changes;
    return dependencyChanges({ file: input.file.path, base: dependenciesOf(loaded.base), head: dependenciesOf(loaded.head) });
  },
};
