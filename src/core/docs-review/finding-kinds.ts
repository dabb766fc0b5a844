/**
 * Every `kind` a doc finding may have. Renderers and the strict switch read these, so they are a
 * closed list.
 */
export const DOC_FINDING_KINDS = [
  /** A heading the area's `sections` requires is not in its dedicated doc. */
  'missing-section',
  /** With `mention-changes`, a changed key, dataset or image the doc update does not name. */
  'unmentioned-change',
  /** Model card front matter that is not valid YAML or breaks `schemas/model-card.schema.json`. */
  'invalid-metadata',
  /** "TODO", "More Information Needed", a `{{ slot }}` ... left in an added doc line. */
  'placeholder',
  /** A doc line that still shows a changed value's old value next to its name. */
  'stale-value',
  /** Advice: the section of the doc where a change belongs, when the pull request left it untouched. */
  'section-to-update',
  /** A doc the review could not read in full (too large, or past the per-area cap). */
  'not-reviewed',
] as const;

export type DocFindingKind = (typeof DOC_FINDING_KINDS)[number];

export const isDocFindingKind = (value: string): value is DocFindingKind =>
  (DOC_FINDING_KINDS as readonly string[]).includes(value);

/**
 * The kinds that say the docs do not cover the change: with `strict: true` they fail the area.
 * Advice and "could not review" notes never block, so a strict check cannot fail on guesswork.
 */
export const BLOCKING_FINDING_KINDS: readonly DocFindingKind[] = [
  'missing-section',
  'unmentioned-change',
  'invalid-metadata',
  'placeholder',
  'stale-value',
];

export const isBlockingFindingKind = (value: string): boolean => (BLOCKING_FINDING_KINDS as readonly string[]).includes(value);
