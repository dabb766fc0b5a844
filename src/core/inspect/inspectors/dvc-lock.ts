import { asMapping } from '../as-mapping.js';
import type { Change } from '../../types.js';
import { describeVersionChange, dvcEntries, pairByPath } from '../dvc-entries.js';
import { filePath } from '../file-path.js';
import type { Inspector } from '../inspector.js';
import { joinIndex, joinKey } from '../key-path.js';
import { loadSides } from '../load-sides.js';
import { makeChange } from '../make-change.js';
import type { ParsedStructure } from '../parsed-structure.js';
import { readYaml } from '../read-yaml.js';
import { renderValue } from '../render-value.js';
import { compareFlat } from '../structured-diff.js';

/** DVC's default parameter file: its keys are shown bare, others as `file:key`. */
const DEFAULT_PARAMS_FILE = 'params.yaml';

type Stage = Record<string, unknown>;

/** A stage's recorded parameters as `key` (default file) or `file:key` → value. */
function paramsOf(stage: Stage): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [paramsFile, values] of Object.entries(asMapping(stage.params))) {
    for (const [key, value] of Object.entries(asMapping(values))) out.set(paramsFile === DEFAULT_PARAMS_FILE ? key : `${paramsFile}:${key}`, value);
  }
  return out;
}

/** What one stage's lock entry says changed: `structural` for the pipeline, `rerun` for the record. */
function compareStage({
  file,
  name,
  before,
  after,
  head,
}: {
  file: string;
  name: string;
  before: Stage;
  after: Stage;
  head: ParsedStructure | undefined;
}): {
  structural: Change[];
  params: Change[];
  rerun: Change[];
} {
  const structural: Change[] = [];
  const params: Change[] = [];
  const rerun: Change[] = [];
  const stage = `stage \`${name}\``;
  const stagePath = joinKey('stages', name);
  const line = head?.positions.get(stagePath)?.line;
  const entryLine = (field: string, index: number | undefined): number | undefined =>
    (index === undefined ? undefined : head?.positions.get(joinIndex(joinKey(stagePath, field), index))?.line) ?? line;
  if (renderValue(before.cmd) !== renderValue(after.cmd)) {
    structural.push(makeChange({ file, line, kind: 'pipeline', key: name, summary: `${stage}: cmd \`${renderValue(before.cmd)}\` → \`${renderValue(after.cmd)}\`` }));
  }
  for (const [field, noun] of [['deps', 'dependency'], ['outs', 'output']] as const) {
    for (const pair of pairByPath(dvcEntries(before[field]), dvcEntries(after[field]))) {
      const key = pair.path;
      const at = entryLine(field, pair.after?.index);
      if (pair.before === undefined) structural.push(makeChange({ file, line: at, kind: 'pipeline', key, summary: `${stage}: new ${noun} \`${key}\`` }));
      else if (pair.after === undefined) structural.push(makeChange({ file, line, kind: 'pipeline', key, summary: `${stage}: ${noun} \`${key}\` removed` }));
      else {
        const difference = describeVersionChange(pair.before, pair.after);
        if (difference === undefined) continue;
        const summary = field === 'outs' ? `${stage}: re-produced \`${key}\` (${difference})` : `${stage}: input \`${key}\` changed (${difference})`;
        rerun.push(makeChange({ file, line: at, kind: field === 'outs' ? 'pipeline-output' : 'pipeline-input', key, before: pair.before.hash?.value, after: pair.after.hash?.value, summary }));
      }
    }
  }
  for (const { key, status, before: old, after: next } of compareFlat(paramsOf(before), paramsOf(after))) {
    if (status === 'changed') {
      const [shownBefore, shownAfter] = [renderValue(old), renderValue(next)];
      params.push(makeChange({ file, line, kind: 'pipeline-input', key, before: shownBefore, after: shownAfter, summary: `${stage}: param \`${key}\` ${shownBefore} → ${shownAfter}` }));
    } else {
      structural.push(makeChange({ file, line, kind: 'pipeline', key, summary: `${stage}: param \`${key}\` ${status === 'added' ? 'now tracked' : 'no longer tracked'}` }));
    }
  }
  return { structural, params, rerun };
}

const stagesOf = (document: ParsedStructure | undefined): Record<string, unknown> => asMapping(asMapping(document?.value).stages);

/**
 * `dvc.lock`: what each stage's last run recorded. Outputs re-produced and inputs whose hash
 * moved are listed per stage; a lock where only hashes changed is a re-run, not a pipeline change.
 */
export const dvcLock: Inspector = {
  name: 'dvc-lock',
  matches: (path) => filePath(path).lower === 'dvc.lock',
  async inspect(input) {
    const file = input.file.path;
    const loaded = await loadSides({ input, read: readYaml });
    if (!loaded.ok) return loaded.changes;
    const [base, head] = [stagesOf(loaded.base), stagesOf(loaded.head)];
    const lineOf = (document: ParsedStructure | undefined, name: string): number | undefined => document?.positions.get(joinKey('stages', name))?.line;
    const structural: Change[] = [];
    const params: Change[] = [];
    const rerun: Change[] = [];
    for (const name of new Set([...Object.keys(head), ...Object.keys(base)])) {
      const [before, after] = [base[name], head[name]];
      if (before === undefined) structural.push(makeChange({ file, line: lineOf(loaded.head, name), kind: 'pipeline', key: name, summary: `stage \`${name}\` recorded for the first time` }));
      else if (after === undefined) structural.push(makeChange({ file, line: lineOf(loaded.base, name), kind: 'pipeline', key: name, summary: `stage \`${name}\` no longer recorded` }));
      else {
        const found = compareStage({ file, name, before: asMapping(before), after: asMapping(after), head: loaded.head });
        structural.push(...found.structural);
        params.push(...found.params);
        rerun.push(...found.rerun);
      }
    }
    const hashesOnly = structural.length === 0 && params.length === 0 && rerun.length > 0;
    const summary = hashesOnly ? [makeChange({ file, kind: 'pipeline-run', summary: 're-recorded outputs of a re-run (no pipeline change)' })] : [];
    return [...summary, ...structural, ...params, ...rerun];
  },
};
