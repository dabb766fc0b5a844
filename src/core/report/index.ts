export { checkTitle, CHECK_TITLE_LENGTH } from './check-title.js';
export { COMMENT_MARKER } from './comment-marker.js';
export { CHECK_CONCLUSIONS, conclusionFor, isCheckConclusion, type CheckConclusion } from './conclusion-for.js';
export { DEFAULT_HEADING, type MarkdownOptions } from './markdown/markdown-options.js';
export { renderCheckOutput, type CheckOutput } from './render-check-output.js';
export { renderMarkdown } from './render-markdown.js';
export { renderText, type TextOptions } from './render-text.js';
export { DEFAULT_MAX_LENGTH, GITHUB_TEXT_LIMIT, MIN_MAX_LENGTH } from './size-limits.js';
export {
  toJsonReport,
  type JsonArea,
  type JsonChange,
  type JsonConfigProblem,
  type JsonFinding,
  type JsonMissing,
  type JsonReport,
} from './to-json-report.js';
export {
  ANNOTATION_LEVELS,
  reportAnnotations,
  type AnnotationLevel,
  type ReportAnnotation,
} from './report-annotations.js';
