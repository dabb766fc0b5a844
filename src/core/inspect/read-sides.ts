import type { Change, ChangedFile, ContentSource, Side } from '../types.js';
import { makeChange } from './make-change.js';

/** A file's text on each side of the comparison; a side is absent when the file is not there. */
export interface Sides {
  readonly base?: string | undefined;
  readonly head?: string | undefined;
}

/** Reads a file at base (under its previous path when renamed or copied) and at head. */
export async function readSides({
  file,
  source,
}: {
  readonly file: ChangedFile;
  readonly source: ContentSource;
}): Promise<Sides> {
  const [base, head] = await Promise.all([
    source.readFile('base', file.previousPath ?? file.path),
    source.readFile('head', file.path),
  ]);
  return { base, head };
}

/**
 * The change to report when a side the file's status says exists could not be read (the door
 * found nothing there, or only binary content): without it, the file would pass as unchanged.
 */
export function unreadableSide({ file, sides }: { readonly file: ChangedFile; readonly sides: Sides }): Change | undefined {
  const missing: Side | undefined =
    file.status !== 'removed' && sides.head === undefined
      ? 'head'
      : file.status !== 'added' && sides.base === undefined
        ? 'base'
        : undefined;
  if (missing === undefined) return undefined;
  const path = missing === 'base' ? (file.previousPath ?? file.path) : file.path;
  const summary = `\`${path}\` could not be read at ${missing} (missing or binary); not inspected`;
  return makeChange({ file: file.path, kind: 'not-inspected', summary });
}
