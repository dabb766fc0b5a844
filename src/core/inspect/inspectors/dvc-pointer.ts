import type { Change } from '../../types.js';
import { asMapping } from '../as-mapping.js';
import type { ChangeKind } from '../change-kinds.js';
import { describeVersion, describeVersionChange, dvcEntries, pairByPath, type DvcEntry } from '../dvc-entries.js';
import { dirName, filePath, joinRepoPath } from '../file-path.js';
import type { Inspector } from '../inspector.js';
import { joinIndex, joinKey } from '../key-path.js';
import { loadSides } from '../load-sides.js';
import { makeChange } from '../make-change.js';
import type { ParsedStructure } from '../parsed-structure.js';
import { readYaml } from '../read-yaml.js';
import { diffStructured, type StructuredSide } from '../structured-diff.js';

/** Tracked outputs that are models rather than data, named so in summaries. */
const MODEL_PATH = /(^|\/)(models?|checkpoints?|weights)(\/|$)|\.(pt|pth|ckpt|onnx|h5|pkl|joblib|safetensors|tflite|bin)$/i;

/** Outs of a pointer file with paths resolved against the pointer's directory (and `wdir`). */
function outsOf(document: ParsedStructure | undefined, pointer: string): DvcEntry[] {
  const value = asMapping(document?.value);
  const dir = joinRepoPath({ dir: dirName(pointer), path: typeof value.wdir === 'string' ? value.wdir : '.' });
  return dvcEntries(value.outs).map((entry) => ({ ...entry, path: joinRepoPath({ dir, path: entry.path }) }));
}

function lineOf(document: ParsedStructure | undefined, entry: DvcEntry): number | undefined {
  const at = joinIndex('outs', entry.index);
  return document?.positions.get(joinKey(at, entry.hash?.algorithm ?? 'path'))?.line ?? document?.positions.get(at)?.line;
}

/** A dependency record without its path, which pairs it. */
function depSide(document: ParsedStructure, index: number): StructuredSide {
  const deps = asMapping(document.value).deps;
  const { path: _path, ...rest } = asMapping(Array.isArray(deps) ? deps[index] : undefined);
  return { value: rest, positions: document.positions, at: joinIndex('deps', index) };
}

/**
 * `dvc import` pointers also record where the data came from (repository, revision, hash);
 * compared only when the pointer existed before, since a new pointer is already named as new.
 */
function importSources({
  file,
  base,
  head,
}: {
  readonly file: string;
  readonly base?: ParsedStructure | undefined;
  readonly head?: ParsedStructure | undefined;
}): Change[] {
  const deps = (document: ParsedStructure | undefined): DvcEntry[] => dvcEntries(asMapping(document?.value).deps);
  if (base === undefined || head === undefined) return [];
  return pairByPath(deps(base), deps(head)).flatMap(({ path, before, after }) =>
    diffStructured({
      file,
      base: before === undefined ? undefined : depSide(base, before.index),
      head: after === undefined ? undefined : depSide(head, after.index),
      kindOf: () => 'dataset',
      label: `import source of \`${path}\``,
    }),
  );
}

/**
 * DVC pointer files (`*.dvc`): which dataset or model version the commit points at.
 * "dataset `data/raw/train.csv`: md5 1a2b3c4 → 4d5e6f7, size 1.2 MB → 1.5 MB".
 */
export const dvcPointer: Inspector = {
  name: 'dvc-pointer',
  matches: (path) => filePath(path).ext === 'dvc',
  readsFirst: true,
  async inspect(input) {
    const file = input.file.path;
    const loaded = await loadSides({ input, read: readYaml });
    if (!loaded.ok) return loaded.changes;
    const { base, head } = loaded;
    const changes: Change[] = [];
    for (const { path, before, after } of pairByPath(outsOf(base, input.file.previousPath ?? file), outsOf(head, file))) {
      const isModel = MODEL_PATH.test(path);
      const kind: ChangeKind = isModel ? 'artifact' : 'dataset';
      const what = `${isModel ? 'model artefact' : 'dataset'} \`${path}\``;
      const common = { file, kind, key: path, before: before?.hash?.value, after: after?.hash?.value };
      if (before === undefined && after !== undefined) {
        changes.push(makeChange({ ...common, line: lineOf(head, after), summary: `new ${what} (${describeVersion(after)})` }));
      } else if (after === undefined && before !== undefined) {
        changes.push(makeChange({ ...common, line: lineOf(base, before), summary: `removed ${what}` }));
      } else if (before !== undefined && after !== undefined) {
        const difference = describeVersionChange(before, after);
        if (difference === undefined) continue;
        changes.push(makeChange({ ...common, line: lineOf(head, after), summary: `${what}: ${difference}` }));
      }
    }
    return [...changes, ...importSources({ file, base, head })];
  },
};
