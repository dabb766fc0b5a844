import type { Change } from '../../types.js';
import { asMapping } from '../as-mapping.js';
import { describeVersionChange, dvcEntries, pairByPath, type EntryPair } from '../dvc-entries.js';
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
const RERUN_SUMMARY = 're-recorded outputs of a re-run (no pipeline change)';

type Stage = Record<string, unknown>;

/** What a lock says changed: the pipeline itself, the parameter values, the recorded hashes. */
interface Findings {
  readonly structural: Change[];
  readonly params: Change[];
  readonly rerun: Change[];
}

/** A stage's recorded parameters as `key` (default file) or `file:key` → value. */
function paramsOf(stage: Stage): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [paramsFile, values] of Object.entries(asMapping(stage.params))) {
    for (const [key, value] of Object.entries(asMapping(values))) {
      out.set(paramsFile === DEFAULT_PARAMS_FILE ? key : `${paramsFile}:${key}`, value);
    }
  }
  return out;
}

interface StageInput {
  readonly file: string;
  readonly name: string;
  readonly before: Stage;
  readonly after: Stage;
  readonly head: ParsedStructure | undefined;
}

/** Deps and outs: paths added or removed change the pipeline; hashes that moved record a run. */
function compareEntries({ file, name, before, after, head }: StageInput, found: Findings): void {
  const stagePath = joinKey('stages', name);
  const stageLine = head?.positions.get(stagePath)?.line;
  const lineOf = (field: string, pair: EntryPair): number | undefined => {
    const entry = pair.after === undefined ? undefined : joinIndex(joinKey(stagePath, field), pair.after.index);
    return (entry === undefined ? undefined : head?.positions.get(entry)?.line) ?? stageLine;
  };
  for (const [field, noun] of [
    ['deps', 'dependency'],
    ['outs', 'output'],
  ] as const) {
    for (const pair of pairByPath(dvcEntries(before[field]), dvcEntries(after[field]))) {
      const common = { file, line: lineOf(field, pair), key: pair.path };
      if (pair.before === undefined || pair.after === undefined) {
        const what = pair.before === undefined ? `new ${noun} \`${pair.path}\`` : `${noun} \`${pair.path}\` removed`;
        found.structural.push(makeChange({ ...common, kind: 'pipeline', summary: `stage \`${name}\`: ${what}` }));
        continue;
      }
      const difference = describeVersionChange(pair.before, pair.after);
      if (difference === undefined) continue;
      const isOutput = field === 'outs';
      const what = isOutput ? `re-produced \`${pair.path}\`` : `input \`${pair.path}\` changed`;
      found.rerun.push(
        makeChange({
          ...common,
          kind: isOutput ? 'pipeline-output' : 'pipeline-input',
          before: pair.before.hash?.value,
          after: pair.after.hash?.value,
          summary: `stage \`${name}\`: ${what} (${difference})`,
        }),
      );
    }
  }
}

/** Compares one stage recorded on both sides. */
function compareStage(input: StageInput, found: Findings): void {
  const { file, name, before, after, head } = input;
  const line = head?.positions.get(joinKey('stages', name))?.line;
  const stage = `stage \`${name}\``;
  if (renderValue(before.cmd) !== renderValue(after.cmd)) {
    const summary = `${stage}: cmd \`${renderValue(before.cmd)}\` → \`${renderValue(after.cmd)}\``;
    found.structural.push(makeChange({ file, line, kind: 'pipeline', key: name, summary }));
  }
  compareEntries(input, found);
  for (const { key, status, before: old, after: next } of compareFlat(paramsOf(before), paramsOf(after))) {
    if (status === 'changed') {
      const [shownBefore, shownAfter] = [renderValue(old), renderValue(next)];
      const summary = `${stage}: param \`${key}\` ${shownBefore} → ${shownAfter}`;
      found.params.push(makeChange({ file, line, kind: 'pipeline-input', key, before: shownBefore, after: shownAfter, summary }));
    } else {
      const summary = `${stage}: param \`${key}\` ${status === 'added' ? 'now tracked' : 'no longer tracked'}`;
      found.structural.push(makeChange({ file, line, kind: 'pipeline', key, summary }));
    }
  }
}

const stagesOf = (document: ParsedStructure | undefined): Record<string, unknown> => asMapping(asMapping(document?.value).stages);

/**
 * `dvc.lock`: what each stage's last run recorded. Outputs re-produced and inputs whose hash
 * moved are listed per stage; a lock where only hashes changed is a re-run, not a pipeline change.
 */
export const dvcLock: Inspector = {
  name: 'dvc-lock',
  matches: (path) => filePath(path).lower === 'dvc.lock',
  readsFirst: true,
  async inspect(input) {
    const file = input.file.path;
    const loaded = await loadSides({ input, read: readYaml });
    if (!loaded.ok) return loaded.changes;
    const [base, head] = [stagesOf(loaded.base), stagesOf(loaded.head)];
    const lineOf = (document: ParsedStructure | undefined, name: string): number | undefined =>
      document?.positions.get(joinKey('stages', name))?.line;
    const found: Findings = { structural: [], params: [], rerun: [] };
    for (const name of new Set([...Object.keys(head), ...Object.keys(base)])) {
      const [before, after] = [base[name], head[name]];
      if (before === undefined) {
        const summary = `stage \`${name}\` recorded for the first time`;
        found.structural.push(makeChange({ file, line: lineOf(loaded.head, name), kind: 'pipeline', key: name, summary }));
      } else if (after === undefined) {
        const summary = `stage \`${name}\` no longer recorded`;
        found.structural.push(makeChange({ file, line: lineOf(loaded.base, name), kind: 'pipeline', key: name, summary }));
      } else {
        compareStage({ file, name, before: asMapping(before), after: asMapping(after), head: loaded.head }, found);
      }
    }
    const hashesOnly = found.structural.length === 0 && found.params.length === 0 && found.rerun.length > 0;
    const rerun = hashesOnly ? [makeChange({ file, kind: 'pipeline-run', summary: RERUN_SUMMARY })] : [];
    return [...rerun, ...found.structural, ...found.params, ...found.rerun];
  },
};
