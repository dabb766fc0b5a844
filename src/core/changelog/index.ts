export { buildChangelogEntry } from './build-changelog-entry.js';
export { codeSpan } from '../report/escape/code-span.js';
export { escapeInlineHtml } from './escape-inline-html.js';
export {
  MAX_QUOTED_LENGTH,
  parsePullRequestDescription,
  stripHtmlComments,
  type PullRequestDescription,
} from './parse-pull-request-description.js';
