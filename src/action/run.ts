import * as core from '@actions/core';
import { checkTitle, renderText } from '../core/report/index.js';
import { createOctokit } from '../github/create-octokit.js';
import { evaluateOnGitHub } from '../github/evaluate-on-github.js';
import { describeProxyRoute, proxyRoute } from '../github/proxy-route.js';
import { publishPullRequestFeedback, type PublishedFeedback } from '../github/publish-pull-request-feedback.js';
import { describeTarget } from '../github/pull-request-target.js';
import { ACTION_LOG } from './action-log.js';
import { getInputs } from './get-inputs.js';
import { logFeedback } from './log-feedback.js';
import { publishAnnotations } from './publish-annotations.js';
import { publishSummary } from './publish-summary.js';
import { readActionContext } from './read-action-context.js';
import { readTiming } from './read-timing.js';
import { setOutputs, setSkippedOutputs } from './set-outputs.js';

/**
 * Why an event other than a pull request passes unchecked. A merge queue's group passes: its pull
 * requests were judged before they could join, and the job must succeed for the queue to merge.
 */
function otherEventNotice(eventName: string): string {
  if (eventName === 'merge_group') {
    return (
      'This merge queue group holds pull requests ml-docs-guard judged before they could join the queue, ' +
      'and documentation is required of pull requests, so the group passes without being judged again.'
    );
  }
  return (
    `ml-docs-guard checks pull requests; the \`${eventName}\` event has none, so nothing was checked. ` +
    'Run it on `pull_request` (or `pull_request_target`).'
  );
}

/**
 * The Action: reads the pull request from the event, judges it on GitHub (config from the base
 * branch), publishes the comment, the changelog suggestion, the job summary, annotations and
 * outputs, and fails the job on a `fail` verdict so a required check blocks the merge. Any error
 * ends in `core.setFailed` with a message that names what failed.
 */
export async function run(): Promise<void> {
  try {
    const context = readActionContext();
    if (context.kind === 'other') {
      core.notice(otherEventNotice(context.eventName));
      setSkippedOutputs();
      return;
    }
    const inputs = getInputs();
    const { event, apiUrl, serverUrl } = context;
    const route = describeProxyRoute(
      proxyRoute({ apiUrl, env: process.env, execArgv: process.execArgv, nodeVersion: process.versions.node }),
    );
    if (route !== undefined) core.info(route);
    const octokit = createOctokit({
      token: inputs.token,
      baseUrl: apiUrl,
      userAgent: 'ml-docs-guard-action',
      log: ACTION_LOG,
      timing: readTiming(process.env),
    });
    core.info(
      `Checking ${describeTarget(event.target)} at ${event.target.headSha} (config: ${inputs.configPath} on ${event.target.baseRef}).`,
    );

    const evaluation = await evaluateOnGitHub({
      octokit,
      target: event.target,
      pullRequest: event.pullRequest,
      ...(event.changedFiles === undefined ? {} : { changedFiles: event.changedFiles }),
      configPath: inputs.configPath,
      ...(inputs.mode === undefined ? {} : { mode: inputs.mode }),
    });
    const { report } = evaluation;
    core.info(renderText(report));

    const configComment = evaluation.config?.comment ?? true;
    const publish = (write: boolean): Promise<PublishedFeedback> =>
      publishPullRequestFeedback({
        octokit,
        target: event.target,
        head: event.head,
        evaluation,
        serverUrl,
        write,
        log: ACTION_LOG,
      });
    let feedback: PublishedFeedback;
    let publishError: unknown;
    try {
      feedback = await publish(inputs.comment && configComment && !inputs.dryRun);
    } catch (error) {
      // The summary, annotations and outputs still go out; the error then fails the job.
      publishError = error;
      feedback = await publish(false);
    }
    logFeedback({ feedback, inputs, configComment });

    await publishSummary(feedback.markdown);
    publishAnnotations({ report, configPath: inputs.configPath });
    setOutputs(report);
    if (publishError !== undefined) throw publishError;
    if (report.verdict === 'fail') core.setFailed(`ML Docs Guard: ${checkTitle(report)}`);
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
