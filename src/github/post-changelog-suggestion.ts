import type { Octokit } from '@octokit/core';
import { collectPages, PER_PAGE } from './collect-pages.js';
import { changelogSuggestion, SUGGESTION_MARKER } from './changelog-suggestion.js';
import { createOnce, NO_PLUGIN_RETRY } from './create-once.js';
import { withCallContext } from './github-call-error.js';
import { SILENT_LOG, type GitHubLog } from './github-log.js';
import { describeTarget, type PullRequestTarget } from './pull-request-target.js';

export const SUGGESTION_ACTIONS = ['posted', 'exists', 'no-anchor'] as const;
export type SuggestionAction = (typeof SUGGESTION_ACTIONS)[number];

export interface SuggestionResult {
  readonly action: SuggestionAction;
  readonly url?: string;
}

/** A review comment, as far as the suggestions read it. */
export interface ReviewComment {
  readonly id: number | bigint;
  readonly body: string;
  readonly path?: string;
  readonly line?: number | null;
  readonly commit_id: string;
  readonly html_url: string;
}

type Target = Pick<PullRequestTarget, 'owner' | 'repo' | 'pullNumber' | 'headSha'>;

/** The pull request's review comments that carry `marker`: the ones this tool posted. */
export const listMarkedReviewComments = async ({
  octokit,
  target,
  marker,
}: {
  octokit: Octokit;
  target: Target;
  marker: string;
}): Promise<ReviewComment[]> => {
  const { owner, repo, pullNumber } = target;
  const comments = await collectPages<ReviewComment>((page) =>
    withCallContext({
      action: `list the review comments of ${describeTarget(target)}`,
      call: `GET /repos/${owner}/${repo}/pulls/${pullNumber}/comments?per_page=${PER_PAGE}&page=${page}`,
      run: () =>
        octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/comments', {
          owner,
          repo,
          pull_number: pullNumber,
          per_page: PER_PAGE,
          page,
        }),
    }),
  );
  return comments.filter((comment) => comment.body.includes(marker));
};

const listSuggestions = ({ octokit, target }: { octokit: Octokit; target: Target }): Promise<ReviewComment[]> =>
  listMarkedReviewComments({ octokit, target, marker: SUGGESTION_MARKER });

/**
 * Proposes the changelog entry as a review comment with a `suggestion` block on the changelog
 * file, which must be in the pull request's diff with a patch. Posted once: not again when a
 * suggestion with the same text exists or one was already posted on this head commit.
 */
export async function postChangelogSuggestion({
  octokit,
  target,
  path,
  patch,
  entry,
  log = SILENT_LOG,
}: {
  octokit: Octokit;
  target: Target;
  /** The changelog file's path at head. */
  path: string;
  /** The changelog file's patch in this pull request. */
  patch: string;
  entry: string;
  log?: GitHubLog;
}): Promise<SuggestionResult> {
  const suggestion = changelogSuggestion({ patch, entry });
  if (suggestion === undefined) return { action: 'no-anchor' };
  const isSame = (comment: ReviewComment): boolean => comment.body === suggestion.body;
  const earlier = await listSuggestions({ octokit, target });
  const posted = earlier.find((comment) => isSame(comment) || comment.commit_id === target.headSha);
  if (posted !== undefined) return { action: 'exists', url: posted.html_url };

  const { owner, repo, pullNumber, headSha } = target;
  const { value } = await createOnce<ReviewComment>({
    octokit,
    what: `the changelog suggestion on ${describeTarget(target)}`,
    log,
    findExisting: async () => (await listSuggestions({ octokit, target })).find(isSame),
    create: async () =>
      (
        await withCallContext({
          action: `suggest the changelog entry on \`${path}\` in ${describeTarget(target)}`,
          call: `POST /repos/${owner}/${repo}/pulls/${pullNumber}/comments`,
          run: () =>
            octokit.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/comments', {
              owner,
              repo,
              pull_number: pullNumber,
              commit_id: headSha,
              path,
              line: suggestion.line,
              side: 'RIGHT',
              body: suggestion.body,
              request: NO_PLUGIN_RETRY,
            }),
        })
      ).data,
  });
  return { action: 'posted', url: value.html_url };
}
