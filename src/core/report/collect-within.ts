/**
 * Joins lines with newlines, or returns `undefined` as soon as the result would be longer than
 * `maxLength`. Lines are pulled lazily, so an oversized rendering of a huge report is abandoned
 * after `maxLength` characters instead of being built whole.
 */
export function collectWithin({
  lines,
  maxLength,
}: {
  readonly lines: Iterable<string>;
  readonly maxLength: number;
}): string | undefined {
  const kept: string[] = [];
  let length = 0;
  for (const line of lines) {
    length += line.length + (kept.length > 0 ? 1 : 0);
    if (length > maxLength) return undefined;
    kept.push(line);
  }
  return kept.join('\n');
}
