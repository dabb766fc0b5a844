import type { Change } from '../../types.js';
import { dependencyChanges, type Dependency } from '../dependency-changes.js';
import { filePath } from '../file-path.js';
import type { Inspector } from '../inspector.js';
import { asMapping } from '../as-mapping.js';
import { joinIndex, joinKey } from '../key-path.js';
import { loadSides } from '../load-sides.js';
import { makeChange } from '../make-change.js';
import type { ParsedStructure } from '../parsed-structure.js';
import { isScannable } from '../patch-lines.js';
import { parseRequirement } from '../python-requirement.js';
import { readYaml } from '../read-yaml.js';
import { canonicalValue, renderValue } from '../render-value.js';

/** `conda-forge::pytorch=2.1.0=py3.10_0`, `numpy>=1.24`, `python 3.10`: channel, name, constraint. */
// `s`: the version may hold any character, so the match never fails at the end and backtracks.
const CONDA_SPEC = /^(?:[^:\s]+::)?([A-Za-z0-9_.+-]+?)\s*(?:(==?|>=|<=|>|<|!=|~=|\s)\s*(.*))?$/s;

function condaDependency(spec: string): { name: string; spec: string } | undefined {
  const match = isScannable(spec) ? CONDA_SPEC.exec(spec.trim()) : null;
  if (match === null) return undefined;
  const [, name = '', operator = '', rest = ''] = match;
  const version = operator === '=' || operator === '==' || operator.trim() === '' ? rest.trim() : `${operator}${rest.trim()}`;
  return { name, spec: version };
}

function dependenciesOf(document: ParsedStructure | undefined): Dependency[] {
  if (document === undefined) return [];
  const list = asMapping(document.value).dependencies;
  return (Array.isArray(list) ? list : []).flatMap((item, index): Dependency[] => {
    const at = joinIndex('dependencies', index);
    const line = document.positions.get(at)?.line;
    if (typeof item === 'string') {
      const dependency = condaDependency(item);
      return dependency === undefined ? [] : [{ ...dependency, ...(line === undefined ? {} : { line }) }];
    }
    const pip = asMapping(item).pip;
    return (Array.isArray(pip) ? pip : []).flatMap((entry, pipIndex) => {
      const requirement = typeof entry === 'string' ? parseRequirement(entry) : undefined;
      const pipLine = document.positions.get(joinIndex(joinKey(at, 'pip'), pipIndex))?.line;
      if (requirement === undefined) return [];
      return [
        { name: requirement.name, spec: requirement.spec, group: 'pip', ...(pipLine === undefined ? {} : { line: pipLine }) },
      ];
    });
  });
}

function channelChange({
  file,
  base,
  head,
}: {
  readonly file: string;
  readonly base?: ParsedStructure | undefined;
  readonly head?: ParsedStructure | undefined;
}): Change[] {
  const [before, after] = [asMapping(base?.value).channels, asMapping(head?.value).channels];
  if (base === undefined || head === undefined || canonicalValue(before) === canonicalValue(after)) return [];
  const [shownBefore, shownAfter] = [renderValue(before ?? []), renderValue(after ?? [])];
  const line = head.positions.get('channels')?.line;
  const summary = `conda channels ${shownBefore} → ${shownAfter}`;
  return [makeChange({ file, line, kind: 'dependency', key: 'channels', before: shownBefore, after: shownAfter, summary })];
}

/** Conda environments (`environment*.yml`, `conda.yaml`): conda and pip dependencies, channels. */
export const condaEnv: Inspector = {
  name: 'conda-env',
  matches: (path) => /^(environment|conda)([._-].*)?\.ya?ml$/.test(filePath(path).lower),
  readsFirst: true,
  async inspect(input) {
    const file = input.file.path;
    const loaded = await loadSides({ input, read: readYaml });
    if (!loaded.ok) return loaded.changes;
    return [
      ...channelChange({ file, base: loaded.base, head: loaded.head }),
      ...dependencyChanges({ file, base: dependenciesOf(loaded.base), head: dependenciesOf(loaded.head) }),
    ];
  },
};
