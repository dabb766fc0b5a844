/**
 * Joins items as a sentence does: "a", "a and b", "a, b and c"; beyond `max` items the rest are
 * counted ("a, b and 3 more") so a sentence stays short whatever the report holds. `total` counts
 * items the caller did not pass (it may pass only the first `max`); it defaults to `items.length`.
 */
export function listInWords({
  items,
  max,
  total = items.length,
  conjunction = 'and',
}: {
  readonly items: readonly string[];
  readonly max: number;
  readonly total?: number;
  readonly conjunction?: 'and' | 'or';
}): string {
  const shown = items.slice(0, Math.max(1, max));
  const hidden = Math.max(total, shown.length) - shown.length;
  const words = hidden > 0 ? [...shown, `${hidden} more`] : shown;
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words[words.length - 1]}`;
}
