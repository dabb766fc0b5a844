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

/** Splits a path into the parts inspectors match on. */
export function filePath(path: string): PathParts {
  const segments = path.split('/').filter((segment) => segment.length > 0);
  const name = segments.pop() ?? '';
  const lower = name.toLowerCase();
  const dot = lower.lastIndexOf('.');
  return {
    name,
    lower,
    dirs: segments.map((segment) => segment.toLowerCase()),
    ext: dot > 0 ? lower.slice(dot + 1) : '',
  };
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
