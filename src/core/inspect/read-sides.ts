import type { ChangedFile, ContentSource } from '../types.js';

/** A file's text on each side of the comparison; a side is absent when the file is not there. */
export interface Sides {
  readonly base?: string | undefined;
  readonly head?: string | undefined;
}

/** Reads a file at base (under its previous path when renamed or copied) and at head. */
export async function readSides({ file, source }: { readonly file: ChangedFile; readonly source: ContentSource }): Promise<Sides> {
  const [base, head] = await Promise.all([
    source.readFile('base', file.previousPath ?? file.path),
    source.readFile('head', file.path),
  ]);
  return { base, head };
}
