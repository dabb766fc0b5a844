import type { Change, ChangedFile, ContentSource, ParsedPatch } from '../types.js';

/**
 * Reads what changed inside one file the way an ML reviewer would (hyperparameters, dataset
 * versions, images, dependencies, touched functions). Reads base/head content only when the
 * patch alone cannot tell.
 */
export async function inspectFile(_input: {
  readonly file: ChangedFile;
  readonly patch: ParsedPatch | undefined;
  readonly source: ContentSource;
}): Promise<Change[]> {
  return [];
}
