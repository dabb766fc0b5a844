import { context } from '@actions/github';
import { isPullRequestEvent, readPullRequestEvent, type PullRequestEvent } from '../github/read-pull-request-event.js';

/** What the workflow run is about: a pull request to check, or another event to skip. */
export type ActionContext =
  | {
      readonly kind: 'pull-request';
      readonly event: PullRequestEvent;
      /** `GITHUB_API_URL`: api.github.com, or the GitHub Enterprise Server API. */
      readonly apiUrl: string;
      /** `GITHUB_SERVER_URL`, for links into GitHub's web editor. */
      readonly serverUrl: string;
    }
  | { readonly kind: 'other'; readonly eventName: string };

/**
 * Reads the runner's event. The only module that imports `@actions/github`, whose `context`
 * reads the environment on import; everything below gets plain values.
 */
export function readActionContext(): ActionContext {
  const eventName = context.eventName as string | undefined;
  if (eventName === undefined || eventName === '') {
    throw new Error(
      'GITHUB_EVENT_NAME is not set: ml-docs-guard runs as a step of a GitHub Actions workflow. ' +
        'To check a branch locally, use the CLI: `npx ml-docs-guard check`.',
    );
  }
  if (!isPullRequestEvent(eventName)) return { kind: 'other', eventName };
  return {
    kind: 'pull-request',
    event: readPullRequestEvent(context.payload),
    apiUrl: context.apiUrl,
    serverUrl: context.serverUrl,
  };
}
