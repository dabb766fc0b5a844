import type { Octokit } from '@octokit/core';
import { conclusionFor, renderCheckOutput, type CheckConclusion } from '../core/report/index.js';
import type { Verdict } from '../core/types.js';
import { checkRunAnnotations } from '../github/check-run-annotations.js';
import { DEFAULT_CONFIG_PATH } from '../github/config-path.js';
import { crashCheckOutput } from '../github/crash-check-output.js';
import { evaluateOnGitHub, type GitHubEvaluation } from '../github/evaluate-on-github.js';
import { publishPullRequestFeedback, type WriteOutcome } from '../github/publish-pull-request-feedback.js';
import { completeCheckRun, startCheckRun, type StartedCheckRun } from '../github/publish-check-run.js';
import { describeTarget } from '../github/pull-request-target.js';
import { readConfig } from '../github/read-config.js';
import { readConfigOrOrgDefault } from '../github/read-org-config.js';
import { readPullRequest } from '../github/read-pull-request.js';
import type { PullRequestEvent } from '../github/read-pull-request-event.js';
import type { StickyCommentAction } from '../github/upsert-sticky-comment.js';
import { githubLogOf, type AppLogger } from './app-context.js';
import { serverUrlOf } from './server-url.js';

/** Why the sticky comment was not written, when it was not. */
export const COMMENT_SKIPS = ['disabled-by-config', 'stale-head'] as const;
export type CommentSkip = (typeof COMMENT_SKIPS)[number];

/** What one check of a pull request did. */
export interface PullRequestCheck {
  readonly checkRunId: number;
  readonly verdict: Verdict;
  readonly conclusion: CheckConclusion;
  readonly comment: WriteOutcome<StickyCommentAction> | { readonly status: CommentSkip };
}

const evaluate = ({ octokit, event }: { octokit: Octokit; event: PullRequestEvent }): Promise<GitHubEvaluation> => {
  const { target } = event;
  return evaluateOnGitHub({
    octokit,
    target,
    pullRequest: event.pullRequest,
    ...(event.changedFiles === undefined ? {} : { changedFiles: event.changedFiles }),
    configPath: DEFAULT_CONFIG_PATH,
    readConfigText: () =>
      readConfigOrOrgDefault({
        readOwn: () => readConfig({ octokit, target, path: DEFAULT_CONFIG_PATH }),
        octokit,
        owner: target.owner,
        path: DEFAULT_CONFIG_PATH,
      }),
  });
};

/** Completes the check as a failure that says it could not run; a failure to do so is only logged. */
const failCheckRun = async ({
  octokit,
  event,
  checkRun,
  error,
  log,
}: {
  octokit: Octokit;
  event: PullRequestEvent;
  checkRun: StartedCheckRun;
  error: unknown;
  log: AppLogger;
}): Promise<void> => {
  try {
    await completeCheckRun({ octokit, repository: event.target, checkRun, conclusion: 'failure', output: crashCheckOutput(error) });
  } catch (completeError) {
    log.error(`Could not mark check run ${checkRun.id} as failed: ${completeError instanceof Error ? completeError.message : String(completeError)}`);
  }
};

/**
 * Judges one pull request at the head its event names, in the App's order: the `ML Docs Guard`
 * check run is started (`in_progress`), the pull request is evaluated (config from the base
 * branch, or the organisation's), the current head is read again, the check run is completed
 * (conclusion, title, summary, changelog entry, annotations), and the sticky comment is written,
 * unless the config turns it off or the pull request has moved on to a newer head, whose own
 * event then writes it. A crash after the check run started completes it as a failure that says
 * so (never left `in_progress`, never a pass), then is rethrown for Probot to log.
 */
export async function checkPullRequest({
  octokit,
  event,
  log,
}: {
  octokit: Octokit;
  event: PullRequestEvent;
  log: AppLogger;
}): Promise<PullRequestCheck> {
  const { target } = event;
  const githubLog = githubLogOf(log);
  const checkRun = await startCheckRun({ octokit, repository: target, headSha: target.headSha, externalId: String(target.pullNumber) });
  let completed = false;
  try {
    const evaluation = await evaluate({ octokit, event });
    const { report } = evaluation;
    const current = await readPullRequest({ octokit, target });
    const conclusion = conclusionFor(report.verdict);
    await completeCheckRun({
      octokit,
      repository: target,
      checkRun,
      conclusion,
      output: renderCheckOutput(report),
      annotations: checkRunAnnotations({ report, configPath: DEFAULT_CONFIG_PATH }),
      log: githubLog,
    });
    completed = true;
    const result = { checkRunId: checkRun.id, verdict: report.verdict, conclusion };
    log.info(`${describeTarget(target)} at ${target.headSha}: ${report.verdict} (check run ${checkRun.id}, ${conclusion}).`);

    if (current.target.headSha !== target.headSha) {
      log.info(
        `${describeTarget(target)} moved on to ${current.target.headSha} while ${target.headSha} was checked; ` +
          'the comment is left to the newer head.',
      );
      return { ...result, comment: { status: 'stale-head' } };
    }
    if (!(evaluation.config?.comment ?? true)) {
      log.info(`${describeTarget(target)}: no comment written (the config sets \`comment: false\`).`);
      return { ...result, comment: { status: 'disabled-by-config' } };
    }
    const feedback = await publishPullRequestFeedback({
      octokit,
      target,
      head: event.head,
      evaluation,
      serverUrl: serverUrlOf(event.pullRequest.url),
      write: true,
      log: githubLog,
    });
    if (feedback.comment.status === 'refused') log.warn(`The comment on ${describeTarget(target)} was refused: ${feedback.comment.detail ?? ''}`);
    return { ...result, comment: feedback.comment };
  } catch (error) {
    if (!completed) await failCheckRun({ octokit, event, checkRun, error, log });
    throw error;
  }
}
