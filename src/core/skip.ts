import { codeSpan } from './report/escape/code-span.js';
import { stripHtmlComments } from './changelog/parse-pull-request-description.js';
import type { Config, PullRequestInfo } from './types.js';

/**
 * Why this pull request is exempt from the documentation check, or undefined when it is not: a
 * skip label (compared case-insensitively, as GitHub treats label names), an author listed in
 * `skip.authors` (logins are case-insensitive too), or the skip marker in the title or
 * description (case-insensitive). HTML comments are not read, so a PR template
 * that explains the marker inside `<!-- -->` does not skip every PR. The reason names what
 * skipped, so a skip is never silent.
 */
export function findSkipReason({
  pullRequest,
  config,
}: {
  readonly pullRequest: PullRequestInfo;
  readonly config: Pick<Config, 'skip'>;
}): string | undefined {
  const labels = new Set(pullRequest.labels.map((label) => label.trim().toLowerCase()));
  const label = config.skip.labels.find((candidate) => labels.has(candidate.trim().toLowerCase()));
  if (label !== undefined) return `label ${codeSpan(label)}`;

  const { author } = pullRequest;
  const login = author?.toLowerCase();
  if (author !== undefined && config.skip.authors.some((candidate) => candidate.trim().toLowerCase() === login)) {
    return `author ${codeSpan(author)}`;
  }

  const marker = config.skip.marker.trim().toLowerCase();
  // An empty marker would be found in every description.
  if (marker === '') return undefined;
  if (pullRequest.title.toLowerCase().includes(marker)) return `marker ${codeSpan(config.skip.marker.trim())} in the title`;
  if (stripHtmlComments(pullRequest.body).toLowerCase().includes(marker)) {
    return `marker ${codeSpan(config.skip.marker.trim())} in the description`;
  }
  return undefined;
}
