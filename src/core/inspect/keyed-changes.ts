import type { Change } from '../types.js';
import type { ChangeKind } from './change-kinds.js';
import { makeChange } from './make-change.js';
import type { KeyedPair } from './patch-lines.js';
import { looksSecret, shorten } from './render-value.js';

/** How a family of keyed values is worded; values are already shortened (or hidden). */
export interface Wording {
  readonly changed: (key: string, before: string, after: string) => string;
  readonly added: (key: string, after: string) => string;
  readonly removed: (key: string, before: string) => string;
  /** A change of a value that is hidden because its key looks secret. */
  readonly changedHidden?: (key: string) => string;
}

/** Stands in for a value whose key looks secret. */
export const HIDDEN = '(value hidden)';

/**
 * Turns keyed pairs read from a patch into changes, worded per family. Values of keys that look
 * secret are replaced by "(value hidden)" and left out of `before`/`after`.
 */
export function keyedChanges({
  file,
  kind,
  pairs,
  wording,
  keyOf,
}: {
  readonly file: string;
  readonly kind: ChangeKind | ((key: string) => ChangeKind);
  readonly pairs: readonly KeyedPair[];
  readonly wording: Wording;
  /** The `key` a change carries when it is not the pairing key (a base image's repository). */
  readonly keyOf?: (pair: KeyedPair) => string;
}): Change[] {
  return pairs.map((pair) => {
    const { key, before, after } = pair;
    const hidden = looksSecret(key);
    const show = (value: string | undefined): string => (value === undefined ? '' : hidden ? HIDDEN : shorten(value));
    const common = {
      file,
      key: keyOf === undefined ? key : keyOf(pair),
      kind: typeof kind === 'function' ? kind(key) : kind,
      before: hidden || before === undefined ? undefined : shorten(before.value),
      after: hidden || after === undefined ? undefined : shorten(after.value),
    };
    if (before === undefined)
      return makeChange({ ...common, line: after?.line, summary: wording.added(key, show(after?.value)) });
    if (after === undefined)
      return makeChange({ ...common, line: before.line, summary: wording.removed(key, show(before.value)) });
    const summary =
      hidden && wording.changedHidden !== undefined
        ? wording.changedHidden(key)
        : wording.changed(key, show(before.value), show(after.value));
    return makeChange({ ...common, line: after.line, summary });
  });
}
