import type { Octokit } from '@octokit/core';
import type { PullRequestTarget } from './pull-request-target.js';
import { readFileAtRef } from './read-file-at-ref.js';

/** The config file's text as the base branch has it. */
export interface ConfigText {
  /** `undefined` when the base branch has no config file: the `recommended` preset applies. */
  readonly text: string | undefined;
  readonly path: string;
  /** The branch it was read from, named in config error messages. */
  readonly ref: string;
}

/**
 * Reads the config from the pull request's **base** branch, never its head: a pull request must
 * not be able to weaken or switch off its own check. Its change applies once merged.
 */
export async function readConfig({
  octokit,
  target,
  path,
}: {
  octokit: Octokit;
  target: Pick<PullRequestTarget, 'owner' | 'repo' | 'baseRef'>;
  path: string;
}): Promise<ConfigText> {
  const text = await readFileAtRef({ octokit, target, path, ref: target.baseRef });
  return { text, path, ref: target.baseRef };
}
