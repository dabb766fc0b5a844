import type { PullRequestInfo } from '../core/types.js';
import type { LocalGit } from './local-git.js';

/**
 * What a pull request for this commit range would say: the title is `--title` or the head
 * commit's subject, the description is `--body-file` or the messages of the commits in the
 * range (oldest first), the labels are the `--label` values and the author is `--author` (git
 * knows no pull request author).
 */
export async function pullRequestFromGit({
  git,
  range,
  refs,
  title,
  body,
  labels,
  author,
}: {
  readonly git: Pick<LocalGit, 'subject' | 'commits'>;
  readonly range: { readonly from: string; readonly to: string };
  /** The names the user gave the base and head, for the report. */
  readonly refs: { readonly base: string; readonly head: string };
  readonly title: string | undefined;
  readonly body: string | undefined;
  readonly labels: readonly string[];
  readonly author?: string | undefined;
}): Promise<PullRequestInfo> {
  const commits = title === undefined || body === undefined ? await git.commits(range) : [];
  // The head commit is the range's last; an empty range (head at the fork point) names it alone.
  const subject = title ?? commits.at(-1)?.subject ?? (await git.subject(range.to));
  const messages = commits.map((commit) => commit.message).filter((message) => message !== '');
  return {
    title: subject,
    body: body ?? messages.join('\n\n'),
    labels,
    ...(author === undefined ? {} : { author }),
    baseRef: refs.base,
    headRef: refs.head,
  };
}
