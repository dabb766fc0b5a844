import type { CompiledGlob } from './compile-glob.js';
import type { Segment } from './compile-segment.js';
import { segmentIndex } from './segment-index.js';

/**
 * One compiled piece of a pattern list. A pattern without a slash (`*.dvc`, `mlruns`) is a `name`
 * that any segment of the path may match; with a trailing slash (`mlruns/`) it is a `directory`,
 * which any segment but the last (the file's own name) may match; `**\/name` is a `file`, which
 * only the last may match; anything else is an anchored `glob`.
 */
export type GlobRule =
  | { readonly kind: 'name'; readonly segment: Segment }
  | { readonly kind: 'directory'; readonly segment: Segment }
  | { readonly kind: 'file'; readonly segment: Segment }
  | { readonly kind: 'glob'; readonly glob: CompiledGlob };

const NO_GLOBS: readonly CompiledGlob[] = [];

/**
 * Compiles rules into one predicate on a path's segments. Names are indexed (see `segmentIndex`)
 * and anchored globs filed under their first segment, so a path is compared only with the rules
 * that could match it: the recommended preset has about 900 globs once braces are expanded, and
 * every changed file meets them all. A `**\/name` glob (`**\/model_card*.md`) matches exactly
 * the paths whose file name does, so it is a `file` rule, looked up with the names, rather than
 * a glob slid along every path.
 */
export function globSet(rules: readonly GlobRule[]): (path: readonly string[]) => boolean {
  const names = segmentIndex();
  const directories = segmentIndex();
  const files = segmentIndex();
  const byFirstSegment = new Map<string, CompiledGlob[]>();
  const otherGlobs: CompiledGlob[] = [];
  for (const rule of rules) {
    if (rule.kind === 'name') names.add(rule.segment);
    else if (rule.kind === 'directory') directories.add(rule.segment);
    else if (rule.kind === 'file') files.add(rule.segment);
    else if (rule.glob.firstLiteral === undefined) otherGlobs.push(rule.glob);
    else byFirstSegment.set(rule.glob.firstLiteral, [...(byFirstSegment.get(rule.glob.firstLiteral) ?? []), rule.glob]);
  }
  // Directory names recur across a pull request's files (`src`, `configs`, `data`), file names
  // rarely: whether a directory segment matches a name or a directory rule is remembered.
  const directoryAnswers = new Map<string, boolean>();
  const matchesDirectory = (segment: string): boolean => {
    let answer = directoryAnswers.get(segment);
    if (answer === undefined) {
      answer = names.matches(segment) || directories.matches(segment);
      directoryAnswers.set(segment, answer);
    }
    return answer;
  };
  return (path) => {
    const last = path.length - 1;
    for (let index = 0; index < last; index += 1) if (matchesDirectory(path[index] as string)) return true;
    if (last >= 0 && (names.matches(path[last] as string) || files.matches(path[last] as string))) return true;
    for (const glob of byFirstSegment.get(path[0] as string) ?? NO_GLOBS) if (glob.matches(path)) return true;
    for (const glob of otherGlobs) if (glob.matches(path)) return true;
    return false;
  };
}
