export { codeSpan } from './code-span.js';
export { fenceFor } from './fence-for.js';
export { htmlText } from './html-text.js';
export { inlineMarkdown } from './inline-markdown.js';
export { linkDestination } from './link-destination.js';
export { longestBacktickRun } from './longest-backtick-run.js';
export { singleLine } from './single-line.js';
