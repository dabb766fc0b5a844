/**
 * The pull request every REST call of `src/github` works on. Both doors build it from the
 * `pull_request` event payload and pass it down explicitly, so nothing here reads the
 * environment.
 */
export interface PullRequestTarget {
  /** Owner of the base repository (where the pull request lives). */
  readonly owner: string;
  readonly repo: string;
  readonly pullNumber: number;
  /** The head commit the check is about; review comments are anchored to it. */
  readonly headSha: string;
  readonly baseSha: string;
  /** The base branch name: the config is read from it so a PR cannot weaken its own check. */
  readonly baseRef: string;
}

/** Where the head branch lives (a fork for fork PRs): GitHub's editor links point there. */
export interface HeadBranch {
  readonly owner: string;
  readonly repo: string;
  readonly ref: string;
}

/** `owner/repo#number`, the short form used in messages. */
export function describeTarget(target: Pick<PullRequestTarget, 'owner' | 'repo' | 'pullNumber'>): string {
  return `${target.owner}/${target.repo}#${target.pullNumber}`;
}
