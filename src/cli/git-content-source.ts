import type { ContentSource, Side } from '../core/types.js';
import { openBlobReader } from './git-blob-reader.js';
import type { LocalGit } from './local-git.js';

/**
 * git's own test for binary content: a NUL byte among the first 8000 bytes. Binary files read as
 * absent, as `ContentSource` promises.
 */
const BINARY_SNIFF_BYTES = 8000;

/** A `ContentSource` that must be closed once the check is done, to end its git process. */
export interface ClosableContentSource extends ContentSource {
  close(): void;
}

/**
 * Reads files at the base (the merge-base) and head commits of a local repository. Every file
 * and listing is read at most once per side.
 */
export function gitContentSource({
  git,
  commits,
}: {
  readonly git: Pick<LocalGit, 'root' | 'listTree'>;
  readonly commits: Readonly<Record<Side, string>>;
}): ClosableContentSource {
  const reader = openBlobReader({ root: git.root });
  const files = new Map<string, Promise<string | undefined>>();
  const listings = new Map<Side, Promise<readonly string[]>>();

  return {
    readFile(side, path) {
      const key = `${side}\0${path}`;
      let content = files.get(key);
      if (content === undefined) {
        content = reader.read({ commit: commits[side], path }).then(decodeText);
        files.set(key, content);
      }
      return content;
    },
    listFiles(side) {
      let listing = listings.get(side);
      if (listing === undefined) {
        listing = git.listTree(commits[side]);
        listings.set(side, listing);
      }
      return listing;
    },
    close: () => reader.close(),
  };
}

function decodeText(bytes: Buffer | undefined): string | undefined {
  if (bytes === undefined) return undefined;
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return undefined;
  return bytes.toString('utf8');
}
