import type { Change } from '../types.js';

/** An old value a doc may still show, and what it became. */
export interface ValuePair {
  readonly before: string;
  readonly after: string;
}

/** Shortest name worth looking for: one letter would match half the words of a doc. */
const MIN_NAME_LENGTH = 2;
/** Hex digests at least this long (MD5 and up) are also written as their short form. */
const MIN_DIGEST_LENGTH = 32;
/** Length of a short digest, as `git` and `dvc` print it. */
const SHORT_DIGEST_LENGTH = 7;
/** What inspection writes instead of a value it must not show or cut short. */
const UNUSABLE_VALUE = /…$|^\(value hidden\)$|^\(no default\)$/;
/** `==2.1.0`, `~=2.1`, `^1.2`, `v3`: a single version with its operator. */
const SINGLE_VERSION = /^(?:==|===|~=|=|\^|~|>=|v)?\s*(\d[\w.+-]*)$/;

const unique = (values: readonly string[]): string[] => [...new Set(values.filter((value) => value.length >= MIN_NAME_LENGTH))];

/** `a.b[2].c_d` -> `c_d`; `["x.y"]` -> `x.y`. */
function lastSegment(key: string): string {
  const quoted = /\["([^"]+)"\]$/.exec(key);
  if (quoted !== null) return quoted[1] ?? key;
  const bare = key.replace(/(\[\d+\])+$/, '');
  return bare.slice(bare.lastIndexOf('.') + 1);
}

/** `ghcr.io/acme/serve:1.2.0` -> repository `ghcr.io/acme/serve`, tag `1.2.0`. */
export function splitImage(reference: string): { readonly repository: string; readonly tag?: string } {
  if (reference.includes('@')) return { repository: reference.slice(0, reference.indexOf('@')) };
  const colon = reference.lastIndexOf(':');
  if (colon <= reference.lastIndexOf('/')) return { repository: reference };
  return { repository: reference.slice(0, colon), tag: reference.slice(colon + 1) };
}

const baseName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

/**
 * The names a doc would use for what a change touched: a key's full path and last segment
 * (`train.learning_rate`, `learning_rate`), an image's repository and short name, a dataset's
 * path and file name, a package's name.
 */
export function changeNames(change: Change): string[] {
  if (change.kind === 'image') {
    const repositories = [change.before, change.after]
      .filter((value) => value !== undefined && value !== '')
      .map((value) => splitImage(value as string).repository);
    return unique([...repositories, ...repositories.map(baseName)]);
  }
  const key = change.key ?? '';
  if (key === '') return [];
  if (change.kind === 'dependency' || change.kind === 'framework') return unique([key]);
  if (key.includes('/')) return unique([key, baseName(key)]);
  return unique([key, lastSegment(key)]);
}

const usable = (value: string | undefined): value is string =>
  value !== undefined && value.trim() !== '' && !UNUSABLE_VALUE.test(value);

/**
 * The old → new values a doc may still show for a change, most specific first: the values as
 * inspected, then the forms docs also use (an image's tag alone, a version without its `==`, a
 * digest's short form). None when the change has no old or no new value, or they are equal.
 */
export function valuePairs(change: Change): ValuePair[] {
  const { before, after } = change;
  if (!usable(before) || !usable(after) || before === after) return [];
  const pairs: ValuePair[] = [{ before, after }];
  if (change.kind === 'image') {
    const old = splitImage(before);
    const next = splitImage(after);
    if (old.repository === next.repository && old.tag !== undefined && next.tag !== undefined)
      pairs.push({ before: old.tag, after: next.tag });
  }
  const oldVersion = SINGLE_VERSION.exec(before)?.[1];
  const newVersion = SINGLE_VERSION.exec(after)?.[1];
  if (oldVersion !== undefined && newVersion !== undefined && oldVersion !== before)
    pairs.push({ before: oldVersion, after: newVersion });
  if (/^[0-9a-f]+$/i.test(before) && before.length >= MIN_DIGEST_LENGTH && /^[0-9a-f]+$/i.test(after)) {
    pairs.push({ before: before.slice(0, SHORT_DIGEST_LENGTH), after: after.slice(0, SHORT_DIGEST_LENGTH) });
  }
  return pairs.filter((pair) => pair.before !== pair.after);
}

/** How findings name a change: its key, or for an image (keyed by stage) its repository. */
export function changeLabel(change: Change): string {
  if (change.kind !== 'image' && change.key !== undefined && change.key !== '') return change.key;
  return changeNames(change)[0] ?? change.summary;
}
