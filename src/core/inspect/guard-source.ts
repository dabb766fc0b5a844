import type { ChangedFile, ContentSource, Side } from '../types.js';

/** A source limited to what one file's inspection may read, and the errors that came from it. */
export interface GuardedSource {
  readonly source: ContentSource;
  /** Whether an error was raised by the door's reader (an infrastructure failure, not a parse). */
  isReadFailure(error: unknown): boolean;
}

/**
 * Wraps the door's source for one file: an added file has no base and a removed file no head,
 * so those sides are never requested; each side is read at most once however many steps ask.
 */
export function guardSource({ file, source }: { readonly file: ChangedFile; readonly source: ContentSource }): GuardedSource {
  const reads = new Map<string, Promise<string | undefined>>();
  const failures = new Set<unknown>();
  const absent = (side: Side): boolean =>
    (side === 'base' && file.status === 'added') || (side === 'head' && file.status === 'removed');

  const guarded: ContentSource = {
    readFile(side, path) {
      if (absent(side)) return Promise.resolve(undefined);
      const id = `${side}\u0000${path}`;
      let read = reads.get(id);
      if (read === undefined) {
        read = source.readFile(side, path).catch((error: unknown) => {
          failures.add(error);
          throw error;
        });
        reads.set(id, read);
      }
      return read;
    },
    listFiles: (side) => source.listFiles(side),
  };
  return { source: guarded, isReadFailure: (error) => failures.has(error) };
}
