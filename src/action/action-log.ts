import * as core from '@actions/core';
import type { GitHubLog } from '../github/github-log.js';

/** `src/github`'s log lines, written as workflow commands. */
export const ACTION_LOG: GitHubLog = {
  debug: (message) => core.debug(message),
  info: (message) => core.info(message),
  warning: (message) => core.warning(message),
};
