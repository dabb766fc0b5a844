import { createPatch } from 'diff';
import { parsePatch } from '../../../src/core/diff/parse-patch.js';
import { inspectFile } from '../../../src/core/inspect/index.js';
import type { Change, ChangedFile, ContentSource, FileStatus, ParsedPatch, Side } from '../../../src/core/types.js';

/** A content source over fixed texts that records every read, as `side:path`. */
export interface CountingSource extends ContentSource {
  readonly reads: string[];
}

export function countingSource({
  base = {},
  head = {},
}: {
  readonly base?: Readonly<Record<string, string>>;
  readonly head?: Readonly<Record<string, string>>;
}): CountingSource {
  const reads: string[] = [];
  return {
    reads,
    async readFile(side: Side, path: string) {
      reads.push(`${side}:${path}`);
      return (side === 'base' ? base : head)[path];
    },
    async listFiles(side: Side) {
      return Object.keys(side === 'base' ? base : head);
    },
  };
}

/** Parses hand-written hunks (`@@ -1,2 +1,2 @@ context` and the lines below). */
export function hunks(text: string): ParsedPatch {
  return parsePatch(text);
}

export interface Scenario {
  readonly file: ChangedFile;
  readonly patch: ParsedPatch | undefined;
  readonly source: CountingSource;
}

/**
 * A file changed from `base` to `head` text (either may be absent: added or removed), with the
 * patch git would send and a source holding both sides.
 */
export function scenario({
  path,
  base,
  head,
  status,
  previousPath,
  withPatch = true,
  binary,
}: {
  readonly path: string;
  readonly base?: string;
  readonly head?: string;
  readonly status?: FileStatus;
  readonly previousPath?: string;
  readonly withPatch?: boolean;
  readonly binary?: boolean;
}): Scenario {
  const resolved: FileStatus = status ?? (base === undefined ? 'added' : head === undefined ? 'removed' : 'modified');
  const patchText = binary === true ? undefined : createPatch(path, base ?? '', head ?? '');
  const patch = withPatch && patchText !== undefined ? parsePatch(patchText) : undefined;
  const lines = patch?.hunks.flatMap((hunk) => hunk.lines) ?? [];
  const file: ChangedFile = {
    path,
    status: resolved,
    ...(previousPath === undefined ? {} : { previousPath }),
    ...(binary === undefined ? {} : { binary }),
    ...(withPatch && patchText !== undefined ? { patch: patchText.slice(patchText.indexOf('@@')) } : {}),
    additions: lines.filter((line) => line.kind === 'add').length,
    deletions: lines.filter((line) => line.kind === 'del').length,
  };
  const basePath = previousPath ?? path;
  return {
    file,
    patch,
    source: countingSource({
      base: base === undefined ? {} : { [basePath]: base },
      head: head === undefined ? {} : { [path]: head },
    }),
  };
}

/** Inspects a scenario. */
export function inspect(input: Scenario): Promise<Change[]> {
  return inspectFile(input);
}

/** Only the summaries, in order: what a reviewer reads. */
export async function summariesOf(input: Scenario): Promise<string[]> {
  return (await inspectFile(input)).map((change) => change.summary);
}
