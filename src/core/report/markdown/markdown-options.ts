/** Options of `renderMarkdown`, all optional. */
export interface MarkdownOptions {
  /** A link that opens the changelog in GitHub's editor, shown under the entry. */
  readonly editChangelogUrl?: string;
  /** True when the door posted the entry as a review suggestion on the changelog file. */
  readonly changelogSuggestionPosted?: boolean;
  /** Longest result allowed, in characters; defaults to `DEFAULT_MAX_LENGTH`. */
  readonly maxLength?: number;
  /** The report's name in its first heading; defaults to `DEFAULT_HEADING`. */
  readonly heading?: string;
}

/** How the report names itself: the check run's name, so the comment and the check match. */
export const DEFAULT_HEADING = 'ML Docs Guard';
