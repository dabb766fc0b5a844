import type { CompiledGlob } from './compile-glob.js';
import { matchSegment, type Segment } from './compile-segment.js';

/**
 * One compiled piece of a pattern list. A pattern without a slash (`*.dvc`, `mlruns`) is a `name`
 * that any segment of the path may match; with a trailing slash (`mlruns/`) it is a `directory`,
 * which any segment but the last (the file's own name) may match; anything else is an anchored
 * `glob`.
 */
export type GlobRule =
  | { readonly kind: 'name'; readonly segment: Segment }
  | { readonly kind: 'directory'; readonly segment: Segment }
  | { readonly kind: 'glob'; readonly glob: CompiledGlob };

/**
 * Compiles rules into one predicate on a path's segments. Plain names go into sets and anchored
 * globs are filed under their first segment, so a path is compared only with the rules that could
 * match it: the recommended preset has about 900 globs once braces are expanded, and every
 * changed file meets them all.
 */
export function globSet(rules: readonly GlobRule[]): (path: readonly string[]) => boolean {
  const names = new Set<string>();
  const directories = new Set<string>();
  const namePatterns: Segment[] = [];
  const directoryPatterns: Segment[] = [];
  const byFirstSegment = new Map<string, CompiledGlob[]>();
  const otherGlobs: CompiledGlob[] = [];
  for (const rule of rules) {
    if (rule.kind === 'glob') {
      const key = rule.glob.firstLiteral;
      if (key === undefined) otherGlobs.push(rule.glob);
      else byFirstSegment.set(key, [...(byFirstSegment.get(key) ?? []), rule.glob]);
    } else if (rule.segment.kind === 'literal') {
      (rule.kind === 'name' ? names : directories).add(rule.segment.text);
    } else {
      (rule.kind === 'name' ? namePatterns : directoryPatterns).push(rule.segment);
    }
  }
  return (path) => {
    const last = path.length - 1;
    for (let index = 0; index <= last; index += 1) {
      const segment = path[index] as string;
      if (names.has(segment) || namePatterns.some((pattern) => matchSegment(pattern, segment))) return true;
      if (index < last && (directories.has(segment) || directoryPatterns.some((pattern) => matchSegment(pattern, segment)))) return true;
    }
    const anchored = byFirstSegment.get(path[0] as string);
    return (anchored !== undefined && anchored.some((glob) => glob.matches(path))) || otherGlobs.some((glob) => glob.matches(path));
  };
}
