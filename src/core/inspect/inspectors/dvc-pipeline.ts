import { asMapping } from '../as-mapping.js';
import type { Change } from '../../types.js';
import { filePath } from '../file-path.js';
import type { Inspector } from '../inspector.js';
import { joinKey } from '../key-path.js';
import { loadSides } from '../load-sides.js';
import { makeChange } from '../make-change.js';
import type { ParsedStructure } from '../parsed-structure.js';
import { readYaml } from '../read-yaml.js';
import { canonicalValue, renderValue } from '../render-value.js';
import { diffStructured } from '../structured-diff.js';

/** Stage fields that list paths or parameter names; compared as sets of names. */
const LIST_FIELDS = ['deps', 'params', 'outs', 'metrics', 'plots'] as const;
/** Most names listed per field in one summary before "+N more". */
const MAX_NAMES = 5;

type Mapping = Record<string, unknown>;

/**
 * A list field's entries by name, with their options: `- model.pkl`, `- model.pkl: {cache: false}`,
 * and for params `- train.lr` or `- custom.yaml: [lr]` (named `custom.yaml:lr`).
 */
function entriesOf(field: string, value: unknown): Map<string, string> {
  const out = new Map<string, string>();
  for (const item of Array.isArray(value) ? value : []) {
    if (typeof item === 'string') out.set(item, '');
    for (const [name, options] of Object.entries(asMapping(item))) {
      if (field === 'params' && Array.isArray(options)) for (const key of options) out.set(`${name}:${String(key)}`, '');
      else out.set(name, canonicalValue(options));
    }
  }
  return out;
}

function nameList(names: readonly string[]): string {
  const shown = names.slice(0, MAX_NAMES).map((name) => `\`${name}\``);
  return names.length > MAX_NAMES ? `${shown.join(', ')} (+${names.length - MAX_NAMES} more)` : shown.join(', ');
}

const commandOf = (stage: Mapping): unknown => stage.cmd ?? asMapping(stage.do).cmd;
const stagesOf = (document: ParsedStructure): Mapping => asMapping(asMapping(document.value).stages);
/** Fields compared on their own; everything else a stage says is compared key by key. */
const REVIEWED_FIELDS = new Set<string>(['cmd', ...LIST_FIELDS]);

/** "added `a`; removed `b`; options of `c` changed" for one list field, or undefined. */
function listDifference(old: ReadonlyMap<string, string>, next: ReadonlyMap<string, string>): string | undefined {
  const added = [...next.keys()].filter((key) => !old.has(key));
  const removed = [...old.keys()].filter((key) => !next.has(key));
  const retuned = [...next.keys()].filter((key) => old.has(key) && old.get(key) !== next.get(key));
  const parts = [
    ...(added.length > 0 ? [`added ${nameList(added)}`] : []),
    ...(removed.length > 0 ? [`removed ${nameList(removed)}`] : []),
    ...(retuned.length > 0 ? [`options of ${nameList(retuned)} changed`] : []),
  ];
  return parts.length > 0 ? parts.join('; ') : undefined;
}

interface StagePair {
  readonly file: string;
  readonly name: string;
  readonly base: ParsedStructure;
  readonly head: ParsedStructure;
}

function compareStage({ file, name, base, head }: StagePair): Change[] {
  const stagePath = joinKey('stages', name);
  const [before, after] = [asMapping(stagesOf(base)[name]), asMapping(stagesOf(head)[name])];
  const lineOf = (field: string): number | undefined =>
    head.positions.get(joinKey(stagePath, field))?.line ?? head.positions.get(stagePath)?.line;
  const label = `stage \`${name}\``;
  const changes: Change[] = [];
  if (canonicalValue(commandOf(before)) !== canonicalValue(commandOf(after))) {
    const [old, next] = [renderValue(commandOf(before)), renderValue(commandOf(after))];
    const summary = `${label}: cmd \`${old}\` → \`${next}\``;
    changes.push(makeChange({ file, line: lineOf('cmd'), kind: 'pipeline', key: name, before: old, after: next, summary }));
  }
  for (const field of LIST_FIELDS) {
    const difference = listDifference(entriesOf(field, before[field]), entriesOf(field, after[field]));
    if (difference === undefined) continue;
    const summary = `${label}: ${field} ${difference}`;
    changes.push(makeChange({ file, line: lineOf(field), kind: 'pipeline', key: `${name}.${field}`, summary }));
  }
  // Everything else a stage can say (foreach, matrix, wdir, frozen, desc...) key by key.
  const side = (document: ParsedStructure, stage: Mapping) => ({
    value: Object.fromEntries(Object.entries(stage).filter(([key]) => !REVIEWED_FIELDS.has(key))),
    positions: document.positions,
    at: stagePath,
  });
  return [
    ...changes,
    ...diffStructured({ file, base: side(base, before), head: side(head, after), kindOf: () => 'pipeline', label }),
  ];
}

/** Stages only one side has: "new stage `evaluate`: `python evaluate.py`", "removed stage `x`". */
function addedOrRemoved({ file, name, base, head }: StagePair): Change | undefined {
  const stagePath = joinKey('stages', name);
  if (!(name in stagesOf(base))) {
    const command = renderValue(commandOf(asMapping(stagesOf(head)[name])));
    const line = head.positions.get(stagePath)?.line;
    return makeChange({
      file,
      line,
      kind: 'pipeline',
      key: name,
      after: command,
      summary: `new stage \`${name}\`: \`${command}\``,
    });
  }
  if (!(name in stagesOf(head))) {
    return makeChange({
      file,
      line: base.positions.get(stagePath)?.line,
      kind: 'pipeline',
      key: name,
      summary: `removed stage \`${name}\``,
    });
  }
  return undefined;
}

/**
 * `dvc.yaml`: stages added, removed, and changed field by field (cmd, deps, params, outs,
 * metrics, plots, the rest key by key); top-level vars, params, metrics, plots and artifacts too.
 */
export const dvcPipeline: Inspector = {
  name: 'dvc-pipeline',
  matches: (path) => /^dvc\.ya?ml$/.test(filePath(path).lower),
  readsFirst: true,
  async inspect(input) {
    const file = input.file.path;
    const loaded = await loadSides({ input, read: readYaml });
    if (!loaded.ok) return loaded.changes;
    const empty: ParsedStructure = { value: {}, positions: new Map() };
    const [base, head] = [loaded.base ?? empty, loaded.head ?? empty];
    const changes: Change[] = [];
    for (const name of new Set([...Object.keys(stagesOf(head)), ...Object.keys(stagesOf(base))])) {
      const pair = { file, name, base, head };
      const whole = addedOrRemoved(pair);
      changes.push(...(whole === undefined ? compareStage(pair) : [whole]));
    }
    const withoutStages = (document: ParsedStructure) => ({
      value: Object.fromEntries(Object.entries(asMapping(document.value)).filter(([key]) => key !== 'stages')),
      positions: document.positions,
    });
    return [
      ...changes,
      ...diffStructured({ file, base: withoutStages(base), head: withoutStages(head), kindOf: () => 'pipeline' }),
    ];
  },
};
