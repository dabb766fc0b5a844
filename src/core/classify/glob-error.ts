/** Why a glob cannot be used. */
export const GLOB_PROBLEMS = [
  'empty',
  'too-long',
  'extglob',
  'brace-range',
  'brace-depth',
  'brace-count',
  'posix-class',
] as const;
export type GlobProblem = (typeof GLOB_PROBLEMS)[number];

/**
 * A glob that names nothing or could make matching slow. Config validation turns it into a
 * positioned problem: `reason` completes a sentence about the glob, e.g. "names no path; write
 * a path or glob such as `data/**`".
 */
export class GlobError extends Error {
  override readonly name = 'GlobError';

  constructor(
    readonly pattern: string,
    readonly problem: GlobProblem,
    readonly reason: string,
    message = `Glob ${JSON.stringify(pattern)} ${reason}.`,
  ) {
    super(message);
  }
}
