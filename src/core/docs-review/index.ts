export { reviewDocs, MAX_DOC_BYTES } from './review-docs.js';
export { MAX_DOCS_PER_AREA } from './plan-area-review.js';
export {
  BLOCKING_FINDING_KINDS,
  DOC_FINDING_KINDS,
  isBlockingFindingKind,
  isDocFindingKind,
  type DocFindingKind,
} from './finding-kinds.js';
export { findMissingSections } from './find-missing-sections.js';
export { findUnmentionedChanges } from './find-unmentioned-changes.js';
export { findPlaceholders } from './find-placeholders.js';
export { findStaleValues } from './find-stale-values.js';
export { findSectionsToUpdate } from './find-sections-to-update.js';
export { validateModelCardMetadata, MODEL_CARD_KEYS } from './validate-model-card-metadata.js';
export { markdownOutline, type Heading, type MarkdownOutline } from './markdown-outline.js';
export { headingProvides } from './heading-match.js';
