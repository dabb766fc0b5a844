import fc from 'fast-check';

/**
 * Characters of generated paths and globs: letters the wildcards must skip over, the dot of
 * dotfiles and extensions, separators users put in names, a space and non-ASCII letters.
 */
export const PATH_CHARS = ['a', 'b', 'c', '.', '-', '_', ' ', 'é', '数'] as const;

/**
 * Whether a path segment can be compared with the reference: git never prints `.` or `..`
 * segments, and picomatch reads `*.*` (but not `a*.*`) as needing a character after the dot, so
 * names ending in a dot are left out rather than pinned to either reading.
 */
export const comparableSegment = (segment: string): boolean => segment !== '' && !segment.endsWith('.');

const pathSegment = fc
  .array(fc.constantFrom(...PATH_CHARS), { minLength: 1, maxLength: 5 })
  .map((chars) => chars.join(''))
  .filter(comparableSegment);

/** A repository path: 1 to 5 segments. */
export const repoPath = (): fc.Arbitrary<string> =>
  fc.array(pathSegment, { minLength: 1, maxLength: 5 }).map((segments) => segments.join('/'));

/**
 * One piece of a segment pattern; `depth` bounds brace nesting. Inside braces there are no stars:
 * picomatch reads a star run that braces join (`**{a,b}`, `a{**,b}`) as a globstar although it
 * reads `**a` as `*a`, while matchGlobs reads every `**` inside a segment as `*`; the two are
 * compared where they mean the same.
 */
const atom = (depth: number, inBraces = false): fc.Arbitrary<string> => {
  const simple: fc.Arbitrary<string>[] = [
    fc.constantFrom('a', 'b', 'c', '.', '-', '_', ' ', 'é'),
    // Inside braces an alternative may span segments (`{a,b/c}`); outside, `/` separates them.
    ...(inBraces ? [fc.constant('d/e')] : [fc.constant('*')]),
    fc.constant('?'),
    fc.constantFrom('[ab]', '[a-c]', '[^a]', '[._-]', '[é]'),
  ];
  if (depth === 0) return fc.oneof(...simple);
  const alternative = fc.array(atom(depth - 1, true), { minLength: 1, maxLength: 3 }).map((atoms) => atoms.join(''));
  const braces = fc.array(alternative, { minLength: 2, maxLength: 3 }).map((alternatives) => `{${alternatives.join(',')}}`);
  return fc.oneof({ arbitrary: fc.oneof(...simple), weight: 4 }, { arbitrary: braces, weight: 1 });
};

/** A segment of a glob: `**`, or atoms (never empty). */
const globSegment = fc.oneof(
  { arbitrary: fc.constant('**'), weight: 1 },
  { arbitrary: fc.array(atom(2), { minLength: 1, maxLength: 4 }).map((atoms) => atoms.join('')), weight: 4 },
);

/** Brace groups per glob: enough to combine them, few enough to stay far below the expansion limit. */
const MAX_BRACE_GROUPS = 3;

/** A glob in the grammar `matchGlobs` supports: segments of literals, `*`, `?`, classes, braces and `**`. */
export const supportedGlob = (): fc.Arbitrary<string> =>
  fc
    .array(globSegment, { minLength: 1, maxLength: 4 })
    .map((segments) => segments.join('/'))
    .filter(
      (glob) =>
        glob.split('{').length - 1 <= MAX_BRACE_GROUPS &&
        // Surrounding whitespace is trimmed by matchGlobs: a glob that has some is another glob.
        glob.trim() === glob &&
        // Globstars joined by braces (see `atom`) and `***`, which picomatch reads as a globstar
        // (matchGlobs: `*`); `..`, which picomatch reads as a brace range.
        !/\*\*\{|\}\*\*|\*\*\*|\.\./.test(glob) &&
        // `.` segments name no file in a git path (and `./` anchors a pattern at the root).
        !glob.split('/').includes('.'),
    );
