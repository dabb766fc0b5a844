import type { Octokit } from '@octokit/core';
import { conclusionFor, renderCheckOutput, type CheckConclusion } from '../core/report/index.js';
import type { Verdict } from '../core/types.js';
import { checkRunAnnotations } from '../github/check-run-annotations.js';
import { DEFAULT_CONFIG_PATH } from '../github/config-path.js';
import { crashCheckOutput } from '../github/crash-check-output.js';
import { evaluateOnGitHub, type GitHubEvaluation } from '../github/evaluate-on-github.js';
import { completeCheckRun, startCheckRun, type StartedCheckRun } from '../github/publish-check-run.js';
import { describeTarget } from '../github/pull-request-target.js';
import { readConfig } from '../github/read-config.js';
import { readConfigOrOrgDefault } from '../github/read-org-config.js';
import { readPullRequest } from '../github/read-pull-request.js';
import type { PullRequestEvent } from '../github/read-pull-request-event.js';
import { githubLogOf, type AppLogger } from './app-context.js';
import { writeComment, type CommentOutcome } from './write-comment.js';

/** What one check of a pull request did. */
export interface PullRequestCheck {
  readonly checkRunId: number;
  readonly verdict: Verdict;
  readonly conclusion: CheckConclusion;
  readonly comment: CommentOutcome;
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
    await completeCheckRun({
      octokit,
      repository: event.target,
      checkRun,
      conclusion: 'failure',
      output: crashCheckOutput(error),
    });
  } catch (completeError) {
    const reason = completeError instanceof Error ? completeError.message : String(completeError);
    log.error(`Could not mark check run ${checkRun.id} as failed: ${reason}`);
  }
};

/** Completes the check run with the report; returns its conclusion. */
const completeWithReport = async ({
  octokit,
  event,
  checkRun,
  evaluation,
  log,
}: {
  octokit: Octokit;
  event: PullRequestEvent;
  checkRun: StartedCheckRun;
  evaluation: GitHubEvaluation;
  log: AppLogger;
}): Promise<CheckConclusion> => {
  const { report } = evaluation;
  const conclusion = conclusionFor(report.verdict);
  await completeCheckRun({
    octokit,
    repository: event.target,
    checkRun,
    conclusion,
    output: renderCheckOutput(report),
    annotations: checkRunAnnotations({ report, configPath: DEFAULT_CONFIG_PATH }),
    log: githubLogOf(log),
  });
  const { target } = event;
  log.info(`${describeTarget(target)} at ${target.headSha}: ${report.verdict} (check run ${checkRun.id}, ${conclusion}).`);
  return conclusion;
};

/**
 * Judges one pull request at the head its event names: the `ML Docs Guard` check run is started
 * (`in_progress`), the pull request is evaluated (config from the base branch, or the
 * organisation's), its current head is read again, the check run is completed (conclusion, title,
 * summary, changelog entry, annotations), and the sticky comment is written. A crash after the
 * check run started completes it as a failure that says so (never left `in_progress`, never a
 * pass), then is rethrown for Probot to log.
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
  const checkRun = await startCheckRun({
    octokit,
    repository: target,
    headSha: target.headSha,
    externalId: String(target.pullNumber),
  });
  let completed = false;
  try {
    const evaluation = await evaluate({ octokit, event });
    const current = await readPullRequest({ octokit, target });
    const conclusion = await completeWithReport({ octokit, event, checkRun, evaluation, log });
    completed = true;
    const comment = await writeComment({ octokit, event, evaluation, currentHead: current.target.headSha, log });
    return { checkRunId: checkRun.id, verdict: evaluation.report.verdict, conclusion, comment };
  } catch (error) {
    if (!completed) await failCheckRun({ octokit, event, checkRun, error, log });
    throw error;
  }
}
