/**
 * How much of a report one markdown rendering keeps. `renderMarkdown` tries the levels in order
 * and keeps the first rendering that fits the size limit, so a small report is shown whole and a
 * huge one degrades step by step instead of being cut mid-table or mid-fence.
 */
export interface DetailLevel {
  /** Files listed per area under the areas table (the table itself names a few). */
  readonly filesPerArea: number;
  /** Rows of each table or list: areas, missing docs, expected globs, notices, config problems. */
  readonly rows: number;
  /** Changes listed per area; 0 replaces them with counts. */
  readonly changesPerArea: number;
  /** Doc findings listed (over all areas); 0 replaces them with a count. */
  readonly findings: number;
  /** Longest single user-supplied string (a path, a message), in characters. */
  readonly textLength: number;
  /** Whether the changelog entry is shortened (at a line boundary) to what room is left. */
  readonly shortenEntry: boolean;
}

/** Real paths and messages stay under this; longer ones are clipped even in the full rendering. */
const LONGEST_TEXT = 1_000;

/** Enough of a file list to recognise what triggered an area. */
const FILES_WHEN_SUMMARISED = 20;

/** Enough findings to start fixing the docs; the rest show up on the next push. */
const FINDINGS_WHEN_SUMMARISED = 20;

const FULL: DetailLevel = {
  filesPerArea: Infinity,
  rows: Infinity,
  changesPerArea: Infinity,
  findings: Infinity,
  textLength: LONGEST_TEXT,
  shortenEntry: false,
};

const FILE_LISTS_TRUNCATED: DetailLevel = { ...FULL, filesPerArea: FILES_WHEN_SUMMARISED };

const CHANGES_DROPPED: DetailLevel = { ...FILE_LISTS_TRUNCATED, changesPerArea: 0, findings: FINDINGS_WHEN_SUMMARISED };

const ENTRY_SHORTENED: DetailLevel = { ...CHANGES_DROPPED, shortenEntry: true };

/** For reports with hundreds of areas, problems or notices. */
const LONG_LISTS_CAPPED: DetailLevel = { ...ENTRY_SHORTENED, filesPerArea: 5, rows: 100, findings: 0, textLength: 200 };

/** The least that still names what is missing and why. */
const ESSENTIALS: DetailLevel = { ...LONG_LISTS_CAPPED, filesPerArea: 0, rows: 10, textLength: 80 };

/** In the order `renderMarkdown` tries them, the fullest first. */
export const DETAIL_LEVELS: readonly DetailLevel[] = [
  FULL,
  FILE_LISTS_TRUNCATED,
  CHANGES_DROPPED,
  ENTRY_SHORTENED,
  LONG_LISTS_CAPPED,
  ESSENTIALS,
];

/** The sparest level, the base of the last-resort rendering. */
export const SPAREST_DETAIL: DetailLevel = ESSENTIALS;
