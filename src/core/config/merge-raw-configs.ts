import type { RawAreaConfig, RawConfig } from './raw-config.js';

/**
 * A config that `_extends` another one, layered over it: the child's settings replace the
 * parent's key by key, areas merge field by field, and `ignore` and `docs` add up (as they do
 * over the preset). The result carries no `_extends`: it is followed one level deep only.
 */
export function mergeRawConfigs({ parent, child }: { parent: RawConfig; child: RawConfig }): RawConfig {
  const { _extends: _parentExtends, ...inherited } = parent;
  const { _extends: _childExtends, ...own } = child;
  const areas = mergeAreas(inherited.areas, own.areas);
  const ignore = concat(inherited.ignore, own.ignore);
  const docs = concat(inherited.docs, own.docs);
  const changelog = inherited.changelog || own.changelog ? { ...inherited.changelog, ...own.changelog } : undefined;
  const skip = inherited.skip || own.skip ? { ...inherited.skip, ...own.skip } : undefined;
  return {
    ...inherited,
    ...own,
    ...(areas === undefined ? {} : { areas }),
    ...(ignore === undefined ? {} : { ignore }),
    ...(docs === undefined ? {} : { docs }),
    ...(changelog === undefined ? {} : { changelog }),
    ...(skip === undefined ? {} : { skip }),
  };
}

function mergeAreas(
  parent: Readonly<Record<string, RawAreaConfig>> | undefined,
  child: Readonly<Record<string, RawAreaConfig>> | undefined,
): Record<string, RawAreaConfig> | undefined {
  if (parent === undefined && child === undefined) return undefined;
  const merged: Record<string, RawAreaConfig> = { ...parent };
  for (const [name, area] of Object.entries(child ?? {})) merged[name] = { ...merged[name], ...area };
  return merged;
}

function concat(parent: readonly string[] | undefined, child: readonly string[] | undefined): string[] | undefined {
  return parent === undefined && child === undefined ? undefined : [...(parent ?? []), ...(child ?? [])];
}
