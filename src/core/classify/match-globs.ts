import picomatch from 'picomatch';

/** Options shared by every compiled glob: repository paths always use `/` and dotfiles count. */
const PICOMATCH_OPTIONS: picomatch.PicomatchOptions = { dot: true, windows: false };

/**
 * Rewrites one pattern into root-anchored picomatch globs, following .gitignore so that a config
 * reads the way users already expect:
 * - a name without a slash (`Dockerfile*`, `*.dvc`, `mlruns`) matches a file or a directory of
 *   that name at any depth; a leading `/` (or `./`) keeps it at the root;
 * - a trailing slash (`data/`, `mlruns/`) means everything under that directory;
 * - any other slash anchors the glob at the repository root (`src/models/**`).
 */
function toGlobs(pattern: string): string[] {
  const rooted = pattern.startsWith('/') || pattern.startsWith('./');
  let glob = pattern.slice(pattern.startsWith('./') ? 2 : rooted ? 1 : 0);
  const directory = glob.endsWith('/');
  if (directory) glob = glob.slice(0, -1);
  const anyDepth = !rooted && !glob.includes('/');
  const prefix = anyDepth ? '**/' : '';
  // `dir/**` would also match a file named `dir`; `dir/**/*` needs something under it.
  if (directory) return [`${prefix}${glob}/**/*`];
  if (glob.includes('/')) return [glob];
  return [`${prefix}${glob}`, `${prefix}${glob}/**`];
}

/**
 * Compiles `patterns` once into a predicate on repository paths (relative, `/`-separated).
 * Semantics are include minus exclude: a path matches when it matches at least one positive
 * pattern and no `!` pattern. A list of only `!` patterns matches everything not excluded; an
 * empty list matches nothing. Dotfiles match; case matters (as in git). Whitespace around a
 * pattern is ignored, as in .gitignore. See `toGlobs` for how slashes anchor a pattern.
 *
 * @throws Error naming the pattern when one is empty (`''`, `!` or a lone `/`).
 */
export function matchGlobs(patterns: readonly string[]): (path: string) => boolean {
  const include: string[] = [];
  const exclude: string[] = [];
  patterns.forEach((pattern, index) => {
    const negated = pattern.startsWith('!');
    const body = (negated ? pattern.slice(1) : pattern).trim();
    if (body.replace(/^\.?\/+|\/+$/g, '').length === 0) {
      throw new Error(
        `Glob pattern #${index + 1} ${JSON.stringify(pattern)} names no path: write a path or glob such as "data/**".`,
      );
    }
    (negated ? exclude : include).push(...toGlobs(body));
  });
  if (include.length === 0 && exclude.length === 0) return () => false;
  const isIncluded = include.length === 0 ? () => true : picomatch(include, PICOMATCH_OPTIONS);
  const isExcluded = exclude.length === 0 ? () => false : picomatch(exclude, PICOMATCH_OPTIONS);
  return (path) => {
    const relative = path.startsWith('./') ? path.slice(2) : path;
    return isIncluded(relative) && !isExcluded(relative);
  };
}
