/**
 * A GFM table, one line per row. Every cell has its pipes escaped (GitHub reads `\|` as a pipe
 * even inside a code span in a table) so no content can add or remove a column.
 */
export function* tableLines({
  header,
  rows,
}: {
  readonly header: readonly string[];
  readonly rows: Iterable<readonly string[]>;
}): Generator<string> {
  yield rowLine(header);
  yield rowLine(header.map(() => '---'));
  for (const row of rows) {
    if (row.length !== header.length) {
      throw new Error(`A table row has ${row.length} cells where the header has ${header.length}.`);
    }
    yield rowLine(row);
  }
}

function rowLine(cells: readonly string[]): string {
  return `| ${cells.map(cell).join(' | ')} |`;
}

function cell(content: string): string {
  const oneLine = content
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
  return oneLine === '' ? ' ' : oneLine;
}
