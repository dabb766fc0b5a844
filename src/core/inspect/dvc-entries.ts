import { asMapping } from './as-mapping.js';
import { formatSize } from './format-size.js';

/** One `outs`/`deps` entry of a DVC file: a tracked path and the version DVC recorded for it. */
export interface DvcEntry {
  readonly path: string;
  /** Position in its list, to find its line. */
  readonly index: number;
  readonly hash?: { readonly algorithm: string; readonly value: string };
  readonly size?: number;
  readonly nfiles?: number;
}

/** Fields DVC stores a content hash under, by remote type (local md5, S3 etag, HDFS checksum). */
const HASH_FIELDS = ['md5', 'etag', 'checksum', 'sha256'] as const;
/** Characters of a content hash shown in summaries, as `git log --oneline` shortens commits. */
const SHORT_HASH = 7;

/** Reads a DVC `outs` or `deps` list; entries without a path are skipped. */
export function dvcEntries(list: unknown): DvcEntry[] {
  if (!Array.isArray(list)) return [];
  const entries: DvcEntry[] = [];
  list.forEach((item, index) => {
    const record = asMapping(item);
    if (typeof record.path !== 'string') return;
    const field = HASH_FIELDS.find((name) => typeof record[name] === 'string' || typeof record[name] === 'number');
    entries.push({
      path: record.path,
      index,
      ...(field === undefined ? {} : { hash: { algorithm: field, value: String(record[field]) } }),
      ...(typeof record.size === 'number' ? { size: record.size } : {}),
      ...(typeof record.nfiles === 'number' ? { nfiles: record.nfiles } : {}),
    });
  });
  return entries;
}

/** A hash as reviewers read it: short, with DVC's directory marker kept. */
export function shortHash(value: string): string {
  const directory = value.endsWith('.dir');
  const bare = directory ? value.slice(0, -'.dir'.length) : value;
  return `${bare.slice(0, SHORT_HASH)}${directory ? '.dir' : ''}`;
}

/** "md5 1a2b3c4, 1.2 MB, 3 files": what DVC recorded for one version. */
export function describeVersion(entry: DvcEntry): string {
  const parts: string[] = [];
  if (entry.hash !== undefined) parts.push(`${entry.hash.algorithm} ${shortHash(entry.hash.value)}`);
  if (entry.size !== undefined) parts.push(formatSize(entry.size));
  if (entry.nfiles !== undefined) parts.push(`${entry.nfiles} file${entry.nfiles === 1 ? '' : 's'}`);
  return parts.join(', ');
}

/** "md5 1a2b3c4 → 4d5e6f7, size 1.2 MB → 1.5 MB", or undefined when the version is the same. */
export function describeVersionChange(before: DvcEntry, after: DvcEntry): string | undefined {
  const parts: string[] = [];
  if (before.hash?.value !== after.hash?.value) {
    const algorithm = after.hash?.algorithm ?? before.hash?.algorithm ?? 'hash';
    const show = (entry: DvcEntry): string => (entry.hash === undefined ? 'none' : shortHash(entry.hash.value));
    parts.push(`${algorithm} ${show(before)} → ${show(after)}`);
  }
  if (before.size !== after.size) {
    const show = (size: number | undefined): string => (size === undefined ? 'unknown' : formatSize(size));
    parts.push(`size ${show(before.size)} → ${show(after.size)}`);
  }
  if (before.nfiles !== after.nfiles) parts.push(`files ${before.nfiles ?? 'unknown'} → ${after.nfiles ?? 'unknown'}`);
  return parts.length === 0 ? undefined : parts.join(', ');
}

/** The same tracked path on both sides; one side is missing when it was added or removed. */
export interface EntryPair {
  readonly path: string;
  readonly before?: DvcEntry;
  readonly after?: DvcEntry;
}

/** Pairs entries of two lists by path, head order first, then paths only the base has. */
export function pairByPath(base: readonly DvcEntry[], head: readonly DvcEntry[]): EntryPair[] {
  const byPath = new Map(base.map((entry) => [entry.path, entry]));
  const pairs: EntryPair[] = head.map((after) => {
    const before = byPath.get(after.path);
    return before === undefined ? { path: after.path, after } : { path: after.path, before, after };
  });
  const headPaths = new Set(head.map((entry) => entry.path));
  for (const before of base) if (!headPaths.has(before.path)) pairs.push({ path: before.path, before });
  return pairs;
}
