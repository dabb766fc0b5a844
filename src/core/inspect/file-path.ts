/** The pieces of a repository path that inspectors match on, lower-cased. */
export interface PathParts {
  /** The file name, as written. */
  readonly name: string;
  /** The file name, lower-cased. */
  readonly lower: string;
  /** Directory names, lower-cased, outermost first. */
  readonly dirs: readonly string[];
  /** The extension after the last dot of the name, lower-cased, without the dot; '' when none. */
  readonly ext: string;
}

/**
 * The last path split and its parts. Choosing an inspector asks every inspector's `matches`
 * about the same path in a row (about twenty), and most of them call `filePath`: remembering
 * the last answer splits each path once instead of once per inspector.
 */
let last: { readonly path: string; readonly parts: PathParts } | undefined;

/** Splits a path into the parts inspectors match on. */
export function filePath(path: string): PathParts {
  if (last?.path !== path) last = { path, parts: splitPath(path) };
  return last.parts;
}

function splitPath(path: string): PathParts {
  // One pass with indexOf rather than split/filter/map: no throwaway arrays per path. Empty
  // segments (`a//b`, a trailing slash) are skipped; the last non-empty one is the name.
  const dirs: string[] = [];
  let name = '';
  for (let start = 0; start <= path.length; ) {
    const slash = path.indexOf('/', start);
    const end = slash === -1 ? path.length : slash;
    if (end > start) {
      if (name !== '') dirs.push(name.toLowerCase());
      name = path.slice(start, end);
    }
    start = end + 1;
  }
  const lower = name.toLowerCase();
  const dot = lower.lastIndexOf('.');
  return { name, lower, dirs, ext: dot > 0 ? lower.slice(dot + 1) : '' };
}

/** The directory of a path ('' at the root). */
export function dirName(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

/** Joins a path relative to `dir`, resolving `.` and `..` segments. */
export function joinRepoPath({ dir, path }: { readonly dir: string; readonly path: string }): string {
  const resolved: string[] = [];
  for (const segment of `${dir}/${path}`.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') resolved.pop();
    else resolved.push(segment);
  }
  return resolved.join('/');
}
