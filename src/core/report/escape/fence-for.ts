import { longestBacktickRun } from './longest-backtick-run.js';

/** CommonMark's shortest code fence. */
const MIN_FENCE_LENGTH = 3;

/** A backtick fence that no line of `content` can close: longer than any backtick run in it. */
export function fenceFor(content: string): string {
  return '`'.repeat(fenceLength(longestBacktickRun(content)));
}

/** The length of `fenceFor` a content whose longest backtick run is `longestRun`. */
export function fenceLength(longestRun: number): number {
  return Math.max(MIN_FENCE_LENGTH, longestRun + 1);
}
