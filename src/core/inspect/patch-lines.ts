import type { ParsedPatch } from '../types.js';

/**
 * Longest line read for keys, versions and definitions. Real config and code lines are far
 * shorter; a minified bundle's megabyte-long line holds nothing to report and would only make
 * the line patterns slow.
 */
export const MAX_SCANNED_LINE = 1000;

/** Whether a line is short enough to be read for keys and definitions. */
export const isScannable = (text: string): boolean => text.length <= MAX_SCANNED_LINE;

/** An added or deleted line, numbered on the side it exists on. */
export interface ChangedLine {
  readonly kind: 'add' | 'del';
  readonly text: string;
  /** Line at head for additions, at base for deletions. */
  readonly line: number;
}

/** The added and deleted lines of a patch short enough to scan, in patch order. */
export function changedLines(patch: ParsedPatch | undefined): ChangedLine[] {
  const out: ChangedLine[] = [];
  for (const hunk of patch?.hunks ?? []) {
    for (const line of hunk.lines) {
      if (!isScannable(line.text)) continue;
      if (line.kind === 'add') out.push({ kind: 'add', text: line.text, line: line.newLine ?? hunk.newStart });
      else if (line.kind === 'del') out.push({ kind: 'del', text: line.text, line: line.oldLine ?? hunk.oldStart });
    }
  }
  return out;
}

/** A value found on a changed line, under the key it is compared by. */
export interface KeyedValue {
  readonly key: string;
  readonly value: string;
  readonly line: number;
}

/** The same key before and after; one side is missing when the key was added or removed. */
export interface KeyedPair {
  readonly key: string;
  readonly before?: KeyedValue;
  readonly after?: KeyedValue;
}

/**
 * Pairs values read from deleted lines with values read from added lines by key, in order of
 * appearance. A value deleted and re-added unchanged (a moved line) is no change.
 */
export function pairKeyed({
  removed,
  added,
}: {
  readonly removed: readonly KeyedValue[];
  readonly added: readonly KeyedValue[];
}): KeyedPair[] {
  const keys = [...new Set([...added.map((item) => item.key), ...removed.map((item) => item.key)])];
  const pairs: KeyedPair[] = [];
  for (const key of keys) {
    const before = removed.filter((item) => item.key === key);
    const after = added.filter((item) => item.key === key);
    // Values present on both sides are moves, not changes: drop them before pairing the rest.
    const beforeLeft = [...before];
    const afterLeft: KeyedValue[] = [];
    for (const item of after) {
      const same = beforeLeft.findIndex((old) => old.value === item.value);
      if (same >= 0) beforeLeft.splice(same, 1);
      else afterLeft.push(item);
    }
    const count = Math.max(beforeLeft.length, afterLeft.length);
    for (let index = 0; index < count; index += 1) {
      const [before, after] = [beforeLeft[index], afterLeft[index]];
      pairs.push({ key, ...(before === undefined ? {} : { before }), ...(after === undefined ? {} : { after }) });
    }
  }
  return pairs;
}
