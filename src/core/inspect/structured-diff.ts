import type { Change } from '../types.js';
import type { ChangeKind } from './change-kinds.js';
import { flattenValue } from './flatten-value.js';
import { nestPath, parentPath } from './key-path.js';
import { makeChange } from './make-change.js';
import type { Position } from './parsed-structure.js';
import { canonicalValue, lastSegment, looksSecret, renderValue, shorten } from './render-value.js';

/** One side of a structured comparison: a value and where its keys sit in the document. */
export interface StructuredSide {
  readonly value: unknown;
  readonly positions: ReadonlyMap<string, Position>;
  /** Path of `value` inside the document the positions describe ('' for the whole document). */
  readonly at?: string;
}

/** A key whose value differs between the sides. */
export interface KeyDifference {
  readonly key: string;
  readonly status: 'changed' | 'added' | 'removed';
  readonly before?: unknown;
  readonly after?: unknown;
}

/** Compares two flattened documents, head order first, then keys only the base has. */
export function compareFlat(base: ReadonlyMap<string, unknown>, head: ReadonlyMap<string, unknown>): KeyDifference[] {
  const differences: KeyDifference[] = [];
  for (const [key, after] of head) {
    if (!base.has(key)) differences.push({ key, status: 'added', after });
    else if (canonicalValue(base.get(key)) !== canonicalValue(after)) {
      differences.push({ key, status: 'changed', before: base.get(key), after });
    }
  }
  for (const [key, before] of base) if (!head.has(key)) differences.push({ key, status: 'removed', before });
  return differences;
}

/** A value as written in its document when it is a scalar there, else rendered. */
function display({
  side,
  key,
  value,
}: {
  readonly side: StructuredSide | undefined;
  readonly key: string;
  readonly value: unknown;
}): string {
  const source = side?.positions.get(nestPath(side.at ?? '', key))?.source;
  const scalar = value === null || typeof value !== 'object';
  return scalar && source !== undefined ? shorten(source) : renderValue(value);
}

/**
 * Diffs two structured documents as flattened key paths: "`train.lr`: 0.01 → 0.001",
 * "`train.dropout` added: 0.1", "`train.momentum` removed (was 0.9)". Values of keys that look
 * secret are never shown. Lines are the key's line at head (at base for removed keys).
 */
export function diffStructured({
  file,
  base,
  head,
  kindOf,
  label,
  hide,
}: {
  readonly file: string;
  readonly base: StructuredSide | undefined;
  readonly head: StructuredSide | undefined;
  readonly kindOf: (key: string) => ChangeKind;
  /** Names what the keys belong to, e.g. "Deployment `api`". */
  readonly label?: string;
  /** Hides values beyond secret-looking names (every value of a Kubernetes Secret). */
  readonly hide?: (key: string) => boolean;
}): Change[] {
  const lead = label === undefined ? '' : `${label}, `;
  // Keys that came from a merge (`<<: *defaults`) have no line of their own: use their parent's.
  const lineOf = (side: StructuredSide | undefined, key: string): number | undefined => {
    for (let path = nestPath(side?.at ?? '', key); side !== undefined && path !== ''; path = parentPath(path)) {
      const line = side.positions.get(path)?.line;
      if (line !== undefined) return line;
    }
    return undefined;
  };
  const flat = (side: StructuredSide | undefined): Map<string, unknown> =>
    side === undefined ? new Map() : flattenValue(side.value);
  return compareFlat(flat(base), flat(head)).map(({ key, status, before, after }) => {
    const hidden = looksSecret(lastSegment(key)) || hide?.(key) === true;
    const shownBefore = status === 'added' || hidden ? undefined : display({ side: base, key, value: before });
    const shownAfter = status === 'removed' || hidden ? undefined : display({ side: head, key, value: after });
    const common = { file, key, kind: kindOf(key), before: shownBefore, after: shownAfter };
    if (status === 'removed') {
      const was = hidden ? '' : ` (was ${shownBefore})`;
      return makeChange({ ...common, line: lineOf(base, key), summary: `${lead}\`${key}\` removed${was}` });
    }
    const line = lineOf(head, key);
    if (status === 'added') {
      return makeChange({ ...common, line, summary: `${lead}\`${key}\` added${hidden ? ' (value hidden)' : `: ${shownAfter}`}` });
    }
    const difference = hidden ? 'changed (value hidden)' : `${shownBefore} → ${shownAfter}`;
    return makeChange({ ...common, line, summary: `${lead}\`${key}\`: ${difference}` });
  });
}
