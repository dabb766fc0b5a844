import fc from 'fast-check';

/**
 * Pieces of text that matter to a diff parser, so random text often looks almost like a diff:
 * section and hunk headers (valid, truncated, lying about their counts), header lines, content
 * lines of each kind, quoted paths with escapes, CRLF, and the no-newline marker.
 */
const DIFF_TOKENS = [
  'diff --git ',
  'diff --git a/x b/x\n',
  'diff --git "a/sp ace" "b/sp ace"\n',
  'a/',
  ' b/',
  '"a/\\303\\251t\\303\\251"',
  '--- a/x\n',
  '+++ b/x\n',
  '--- /dev/null\n',
  '+++ /dev/null\n',
  'rename from x\n',
  'rename to y\n',
  'copy from "q\\"uote"\n',
  'new file mode 100644\n',
  'deleted file mode 100644\n',
  'old mode 100644\n',
  'Binary files a/x and b/x differ\n',
  'GIT binary patch\n',
  '@@ -1,3 +1,4 @@ def f():\n',
  '@@ -0,0 +1 @@\n',
  '@@ -5 +5,1000000 @@\n',
  '@@ -x,y +z @@\n',
  '@@',
  '+',
  '-',
  ' ',
  '\\ No newline at end of file\n',
  '\n',
  '\r\n',
  '\t',
  'é',
  '数',
  'line',
  '0',
] as const;

/** Random text assembled from diff-like tokens and arbitrary characters. */
export const diffLikeText = (maxTokens = 80): fc.Arbitrary<string> =>
  fc
    .array(
      fc.oneof({ arbitrary: fc.constantFrom(...DIFF_TOKENS), weight: 5 }, { arbitrary: fc.string({ maxLength: 4 }), weight: 1 }),
      {
        maxLength: maxTokens,
      },
    )
    .map((tokens) => tokens.join(''));

/** Cuts `text` into pieces at the given (sorted, deduplicated) offsets. */
export function cut(text: string, offsets: readonly number[]): string[] {
  const points = [...new Set(offsets.map((offset) => offset % (text.length + 1)))].sort((a, b) => a - b);
  const pieces: string[] = [];
  let start = 0;
  for (const point of points) {
    pieces.push(text.slice(start, point));
    start = point;
  }
  pieces.push(text.slice(start));
  return pieces;
}
