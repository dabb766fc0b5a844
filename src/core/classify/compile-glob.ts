import { compileSegment, matchSegment, type MatchWork, type Segment } from './compile-segment.js';

/** A brace-free, root-anchored glob compiled for repeated matching. */
export interface CompiledGlob {
  /** The first segment when it is a plain name: lets a set of globs skip those that cannot match. */
  readonly firstLiteral?: string;
  /** Whether the path, split on `/`, matches; `work` (optional) counts the steps taken. */
  matches(path: readonly string[], work?: MatchWork): boolean;
}

/**
 * The one-backtrack-point algorithm of `matchSegment`, one level up: `**` is the star, each
 * other segment matches exactly one path segment. The latest `**` absorbs one more path segment
 * on a mismatch, so the total work stays within (pattern length × path length) character steps.
 */
function matchPath(segments: readonly Segment[], path: readonly string[], work: MatchWork | undefined): boolean {
  let segment = 0;
  let position = 0;
  let star = -1;
  let starPosition = 0;
  while (position < path.length) {
    if (work !== undefined) work.steps += 1;
    const current = segments[segment];
    if (current?.kind === 'globstar') {
      star = segment++;
      starPosition = position;
    } else if (current !== undefined && matchSegment(current, path[position] as string, work)) {
      segment += 1;
      position += 1;
    } else if (star !== -1) {
      segment = star + 1;
      position = ++starPosition;
    } else {
      return false;
    }
  }
  while (segments[segment]?.kind === 'globstar') segment += 1;
  return segment === segments.length;
}

/** `a/b/c`: the path has exactly these segments. */
function matchFixed(segments: readonly Segment[], path: readonly string[], work: MatchWork | undefined): boolean {
  if (path.length !== segments.length) return false;
  return segments.every((segment, index) => matchSegment(segment, path[index] as string, work));
}

/**
 * Compiles one brace-free glob (see `expandBraces`) anchored at the repository root: `*`
 * matches within a segment (dotfiles included), `?` one character, `[a-z]`/`[!a-z]` a class,
 * `\x` a literal `x`, and a `**` segment any number of segments, none included. `pattern` is the
 * user's pattern, named in errors.
 *
 * @throws GlobError for a POSIX class (`[[:alpha:]]`).
 */
export function compileGlob({ glob, pattern = glob }: { readonly glob: string; readonly pattern?: string }): CompiledGlob {
  const segments = glob.split('/').map((text) => compileSegment({ pattern, text }));
  const first = segments[0];
  const firstLiteral = first?.kind === 'literal' ? first.text : undefined;
  const fixed = segments.every((segment) => segment.kind !== 'globstar');
  return {
    ...(firstLiteral === undefined ? {} : { firstLiteral }),
    // Without `**` the segment count is fixed: no sliding, usually one comparison.
    matches: fixed ? (path, work) => matchFixed(segments, path, work) : (path, work) => matchPath(segments, path, work),
  };
}
