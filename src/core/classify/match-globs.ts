import { compileGlob } from './compile-glob.js';
import { compileSegment } from './compile-segment.js';
import { expandBraces } from './expand-braces.js';
import { GlobError } from './glob-error.js';
import { globSet, type GlobRule } from './glob-set.js';

/**
 * Longest pattern accepted. Real globs are a few dozen characters; the bound keeps compiling
 * and brace expansion cheap whatever a config holds.
 */
export const MAX_GLOB_LENGTH = 1_000;

/** `@(`, `!(`, `+(`, `*(`, `?(` not escaped: extglobs, whose nested repetition is what backtracks. */
const EXTGLOB = /(?:^|[^\\])(?:\\\\)*([@!+*?])\(/;

const globRules = ({ pattern, glob }: { pattern: string; glob: string }): GlobRule[] =>
  expandBraces(glob).map((expanded): GlobRule => {
    const [first, name, ...more] = expanded.split('/');
    if (first === '**' && name !== undefined && more.length === 0) {
      const segment = compileSegment({ pattern, text: name });
      if (segment.kind !== 'globstar') return { kind: 'file', segment };
    }
    return { kind: 'glob', glob: compileGlob({ glob: expanded, pattern }) };
  });

/**
 * Compiles one pattern (without its `!`), following .gitignore so that a config reads the way
 * users already expect:
 * - a name without a slash (`Dockerfile*`, `*.dvc`, `mlruns`) matches a file or a directory of
 *   that name at any depth; a leading `/` (or `./`) keeps it at the root;
 * - a trailing slash (`data/`, `mlruns/`) means everything under that directory;
 * - any other slash anchors the glob at the repository root (`src/models/**`), and `dir/**`
 *   also matches `dir` itself.
 */
function compilePattern(pattern: string): GlobRule[] {
  const body = pattern.trim();
  if (body.replace(/^\.?\/+|\/+$/g, '').length === 0) {
    throw new GlobError(pattern, 'empty', 'names no path; write a path or glob such as `data/**`');
  }
  if (body.length > MAX_GLOB_LENGTH) {
    throw new GlobError(
      pattern,
      'too-long',
      `is longer than ${MAX_GLOB_LENGTH.toLocaleString('en-US')} characters; split it into several patterns`,
    );
  }
  const extglob = EXTGLOB.exec(body);
  if (extglob !== null) {
    throw new GlobError(
      pattern,
      'extglob',
      `uses the extglob \`${extglob[1] as string}(…)\`, which is not supported (it can make matching very slow); write alternatives as \`{a,b}\``,
    );
  }
  const rooted = body.startsWith('/') || body.startsWith('./');
  let glob = body.slice(body.startsWith('./') ? 2 : rooted ? 1 : 0);
  const directory = glob.endsWith('/');
  if (directory) glob = glob.slice(0, -1);
  if (glob.includes('/')) return globRules({ pattern, glob: directory ? `${glob}/**/*` : glob });
  if (rooted && directory) return globRules({ pattern, glob: `${glob}/**/*` });
  if (rooted) return [...globRules({ pattern, glob }), ...globRules({ pattern, glob: `${glob}/**` })];
  return expandBraces(glob).flatMap((name): GlobRule[] => {
    const segment = compileSegment({ pattern, text: name });
    // A bare `**` (from `**` or `{**,…}`) is no name: it spans segments, so it stays a glob.
    if (segment.kind === 'globstar') return globRules({ pattern, glob: directory ? '**/*' : '**' });
    return [{ kind: directory ? 'directory' : 'name', segment }];
  });
}

/**
 * Compiles `patterns` once into a predicate on repository paths (relative, `/`-separated).
 * Semantics are include minus exclude: a path matches when it matches at least one positive
 * pattern and no `!` pattern. A list of only `!` patterns matches everything not excluded; an
 * empty list matches nothing. Dotfiles match; case matters (as in git). Whitespace around a
 * pattern is ignored, as in .gitignore. See `compilePattern` for how slashes anchor a pattern
 * and `compileGlob` for the wildcards.
 *
 * Matching never backtracks exponentially: its work is bounded by the length of the (brace-
 * expanded) patterns times the length of the path, so no pattern can hang a check, and the
 * constructs that could (extglobs, huge brace expansions) are refused.
 *
 * @throws GlobError naming the pattern and its position in the list when one is empty (`''`,
 * `!` or a lone `/`), too long, uses an extglob, a brace range or a POSIX class, or expands to
 * too many alternatives.
 */
export function matchGlobs(patterns: readonly string[]): (path: string) => boolean {
  const include: GlobRule[] = [];
  const exclude: GlobRule[] = [];
  patterns.forEach((pattern, index) => {
    const negated = pattern.startsWith('!');
    try {
      (negated ? exclude : include).push(...compilePattern(negated ? pattern.slice(1) : pattern));
    } catch (error) {
      if (!(error instanceof GlobError)) throw error;
      throw new GlobError(
        pattern,
        error.problem,
        error.reason,
        `Glob pattern #${index + 1} ${JSON.stringify(pattern)} ${error.reason}.`,
      );
    }
  });
  if (include.length === 0 && exclude.length === 0) return () => false;
  const isIncluded = include.length === 0 ? () => true : globSet(include);
  const isExcluded = exclude.length === 0 ? () => false : globSet(exclude);
  return (path) => {
    const segments = segmentsOf(path);
    return isIncluded(segments) && !isExcluded(segments);
  };
}

/**
 * The last two paths split, shared by every matcher. Classification asks several matchers in a
 * row about the same path (ignored? a doc? in each area?), alternating between a renamed file's
 * two paths: splitting each once saves the copies, and lets the segments' hashes, computed by
 * the first matcher's lookups, serve the others.
 */
let recent: { readonly path: string; readonly segments: readonly string[] } | undefined;
let older: typeof recent;

function segmentsOf(path: string): readonly string[] {
  if (recent?.path === path) return recent.segments;
  if (older?.path === path) return older.segments;
  older = recent;
  recent = { path, segments: splitPath(path.startsWith('./') ? 2 : 0, path) };
  return recent.segments;
}

/**
 * `path.slice(from).split('/')`, with indexOf: split with a string separator is a call into the
 * runtime, and every changed path, every path of the repository the doc checks list, meets it.
 */
function splitPath(from: number, path: string): string[] {
  const segments: string[] = [];
  let start = from;
  for (let slash = path.indexOf('/', start); slash !== -1; slash = path.indexOf('/', start)) {
    segments.push(path.slice(start, slash));
    start = slash + 1;
  }
  segments.push(path.slice(start));
  return segments;
}
