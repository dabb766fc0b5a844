import * as core from '@actions/core';
import type { PublishedFeedback } from '../github/publish-pull-request-feedback.js';
import type { ActionInputs } from './get-inputs.js';

/** Why nothing was written to the pull request, when nothing was. */
const skipReason = ({ inputs, configComment }: { inputs: ActionInputs; configComment: boolean }): string =>
  inputs.dryRun
    ? 'dry run: nothing was written to the pull request'
    : !inputs.comment
      ? 'the `comment` input is false'
      : configComment
        ? 'writing was off'
        : 'the config sets `comment: false`';

/**
 * Tells the log what happened to the comment and the suggestion. A refused write (a read-only
 * token, as a fork's pull request gets under `pull_request`) is a warning, not a failure: the
 * summary, the annotations and the exit code still carry the verdict.
 */
export function logFeedback({
  feedback,
  inputs,
  configComment,
}: {
  feedback: PublishedFeedback;
  inputs: ActionInputs;
  configComment: boolean;
}): void {
  const { comment, suggestion, docSuggestions } = feedback;
  if (comment.status === 'skipped') {
    core.info(`Pull request comment not written (${skipReason({ inputs, configComment })}).`);
  } else if (comment.status === 'refused') {
    core.warning(
      `The pull request comment could not be written: ${comment.detail ?? 'GitHub refused it'} ` +
        'This happens when the token is read-only, as for pull requests from forks under the `pull_request` trigger ' +
        '(see docs/github-action.md on `pull_request_target`). The report is in the job summary and the annotations, ' +
        'and the job result still follows the verdict.',
    );
  } else {
    core.info(`Pull request comment ${comment.status}${comment.url === undefined ? '' : `: ${comment.url}`}`);
  }
  if (suggestion.status === 'refused') {
    core.warning(`The changelog suggestion could not be posted: ${suggestion.detail ?? 'GitHub refused it'}`);
  } else if (suggestion.status === 'posted' || suggestion.status === 'exists') {
    core.info(`Changelog suggestion ${suggestion.status === 'posted' ? 'posted' : 'already posted'}: ${suggestion.url ?? ''}`);
  }
  if (docSuggestions.status === 'refused') {
    core.warning(`The doc fixes could not be posted as suggestions: ${docSuggestions.detail ?? 'GitHub refused them'}`);
  } else if (docSuggestions.status === 'posted') {
    core.info('Doc fixes posted as review suggestions on the lines that still show old values.');
  }
}
