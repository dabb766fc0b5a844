import type { Change } from '../types.js';
import { makeChange } from './make-change.js';
import { isMlFramework } from './ml-frameworks.js';
import { pairKeyed, type KeyedValue } from './patch-lines.js';
import { normalizeName } from './python-requirement.js';
import { shorten } from './render-value.js';

/** One declared dependency on one side. */
export interface Dependency {
  readonly name: string;
  /** Constraint as shown: `2.1.0` (exact pin), `>=2,<3`, `^1.2`, or '' for unpinned. */
  readonly spec: string;
  /** Where it is declared when not the main list: `optional gpu`, `dev`, `pip`. */
  readonly group?: string;
  readonly line?: number;
}

const show = (spec: string): string => (spec === '' ? 'unpinned' : shorten(spec));

/**
 * Compares declared dependencies by (group, normalised name): "ML framework `torch` 2.1.0 →
 * 2.2.0", "new dependency `pandas` >=2", "removed dependency `six`". ML frameworks get kind
 * `framework`, everything else `dependency`.
 */
export function dependencyChanges({
  file,
  base,
  head,
}: {
  readonly file: string;
  readonly base: readonly Dependency[];
  readonly head: readonly Dependency[];
}): Change[] {
  const names = new Map<string, Dependency>();
  const keyed = (dependencies: readonly Dependency[]): KeyedValue[] =>
    dependencies.map((dependency) => {
      const key = `${dependency.group ?? ''}\u0000${normalizeName(dependency.name)}`;
      names.set(key, dependency);
      return { key, value: dependency.spec, line: dependency.line ?? 0 };
    });
  const pairs = pairKeyed({ removed: keyed(base), added: keyed(head) });
  return pairs.map(({ key, before, after }) => {
    const dependency = names.get(key) as Dependency;
    const framework = isMlFramework(dependency.name);
    const label = `${framework ? 'ML framework' : 'dependency'} \`${dependency.name}\``;
    const group = dependency.group === undefined ? '' : ` (${dependency.group})`;
    const kind = framework ? 'framework' : 'dependency';
    const common = { file, kind, key: dependency.name, before: before?.value, after: after?.value } as const;
    const line = (value: KeyedValue | undefined): number | undefined =>
      value === undefined || value.line === 0 ? undefined : value.line;
    if (before === undefined) {
      const notes = [...(after?.value === '' ? ['unpinned'] : []), ...(dependency.group === undefined ? [] : [dependency.group])];
      const spec = after?.value === '' ? '' : ` ${show(after?.value ?? '')}`;
      const noted = notes.length > 0 ? ` (${notes.join(', ')})` : '';
      return makeChange({ ...common, line: line(after), summary: `new ${label}${spec}${noted}` });
    }
    if (after === undefined) return makeChange({ ...common, line: line(before), summary: `removed ${label}${group}` });
    return makeChange({ ...common, line: line(after), summary: `${label} ${show(before.value)} → ${show(after.value)}${group}` });
  });
}
