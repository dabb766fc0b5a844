import type { ContentSource } from '../types.js';

/**
 * The base's file list, fetched on the first call and shared afterwards: the requirements step
 * and the doc review both ask, and listing a repository may cost a large request.
 */
export function lazyBaseFiles(source: Pick<ContentSource, 'listFiles'>): () => Promise<readonly string[]> {
  let listing: Promise<readonly string[]> | undefined;
  return () => (listing ??= source.listFiles('base'));
}
