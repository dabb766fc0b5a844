/** The changelog entry as one rendering shows it. */
export interface EntryView {
  /** The lines shown (whole lines only). */
  readonly text: string;
  /** Lines of the entry left out to fit; 0 when it is shown whole. */
  readonly omittedLines: number;
}

/** Splits the entry into lines, without the trailing newline an entry usually ends with. */
export function entryLines(entry: string): string[] {
  const trimmed = entry.replace(/\r\n?/g, '\n').replace(/\n+$/, '');
  return trimmed === '' ? [] : trimmed.split('\n');
}
