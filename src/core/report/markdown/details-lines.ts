import { htmlText } from '../escape/html-text.js';

/** Lists longer than this fold into a `<details>` block, so the comment stays scannable. */
export const DETAILS_THRESHOLD = 10;

/**
 * A collapsed `<details>` block around markdown lines. The blank lines around the content are
 * what lets GitHub render markdown inside the HTML block.
 */
export function* detailsLines({
  summary,
  lines,
}: {
  readonly summary: string;
  readonly lines: Iterable<string>;
}): Generator<string> {
  yield '<details>';
  yield `<summary>${htmlText(summary)}</summary>`;
  yield '';
  yield* lines;
  yield '';
  yield '</details>';
}

/** The lines as they are when short, folded under `summary` when there are more than the threshold. */
export function* foldWhenLong({
  summary,
  count,
  lines,
}: {
  readonly summary: string;
  readonly count: number;
  readonly lines: Iterable<string>;
}): Generator<string> {
  if (count > DETAILS_THRESHOLD) yield* detailsLines({ summary, lines });
  else yield* lines;
}
