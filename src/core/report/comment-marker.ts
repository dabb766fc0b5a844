/**
 * Hidden first line of the sticky PR comment. Doors find the comment again by this marker, never
 * by the bot's login, so the same comment is updated on every push whoever posted it.
 */
export const COMMENT_MARKER = '<!-- ml-docs-guard -->';
