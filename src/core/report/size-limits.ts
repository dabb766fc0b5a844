/** GitHub rejects issue comments and check-run `summary`/`text` longer than this. */
export const GITHUB_TEXT_LIMIT = 65_536;

/**
 * Default ceiling for rendered markdown: under GitHub's limit with room for a door to add a line
 * (a job-summary separator, a link) without another size check. Lengths are counted in UTF-16
 * code units, which is never fewer than the characters GitHub counts.
 */
export const DEFAULT_MAX_LENGTH = 65_000;

/**
 * Smallest `maxLength` accepted: the last-resort rendering (marker, verdict, a sentence) must
 * always fit, or the size guarantee could not hold.
 */
export const MIN_MAX_LENGTH = 1_000;
