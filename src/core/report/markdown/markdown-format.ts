import { clipText } from '../clip-text.js';
import type { DetailLevel } from '../detail-levels.js';
import { codeSpan } from '../escape/code-span.js';
import { inlineMarkdown } from '../escape/inline-markdown.js';

/** Escapers bound to one detail level: every user string is clipped before it is escaped. */
export interface MarkdownFormat {
  /** The text clipped but not escaped, for callers that escape it another way (HTML). */
  readonly clip: (text: string) => string;
  /** Literal text (a path, a glob, a label) as a code span. */
  readonly code: (text: string) => string;
  /** A sentence from user data, its code spans kept, everything else literal. */
  readonly inline: (text: string) => string;
}

/** The escapers of a rendering at `level`. */
export function markdownFormat(level: Pick<DetailLevel, 'textLength'>): MarkdownFormat {
  const clip = (text: string): string => clipText({ text, maxLength: level.textLength });
  return {
    clip,
    code: (text) => codeSpan(clip(text)),
    inline: (text) => inlineMarkdown(clip(text)),
  };
}
