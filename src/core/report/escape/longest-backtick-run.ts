const BACKTICK_RUNS = /`+/g;

/** Length of the longest run of backticks in `text` (0 when there is none). */
export function longestBacktickRun(text: string): number {
  let longest = 0;
  for (const match of text.matchAll(BACKTICK_RUNS)) longest = Math.max(longest, match[0].length);
  return longest;
}
