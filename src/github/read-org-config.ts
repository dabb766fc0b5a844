import type { Octokit } from '@octokit/core';
import { describeRemoteConfig, ORG_SETTINGS_REPO } from './config-path.js';
import type { ConfigText } from './read-config.js';
import { readFileAtRef } from './read-file-at-ref.js';

/** How the default branch is named in messages: git's name for the branch a clone checks out. */
export const DEFAULT_BRANCH_REF = 'HEAD';

/**
 * The organisation-wide config: `path` in the owner's `.github` repository, on its default branch.
 * `text` is `undefined` when that repository or file does not exist, or the installation cannot
 * see it. The file is named `owner/.github:path` so error messages say which repository to fix.
 */
export async function readOrgConfig({
  octokit,
  owner,
  path,
}: {
  octokit: Octokit;
  owner: string;
  path: string;
}): Promise<ConfigText> {
  const text = await readFileAtRef({ octokit, target: { owner, repo: ORG_SETTINGS_REPO }, path });
  return { text, path: describeRemoteConfig({ owner, repo: ORG_SETTINGS_REPO, path }), ref: DEFAULT_BRANCH_REF };
}

/**
 * The config of one repository as the App reads it: the repository's own file on the pull
 * request's base branch, or, when it has none, the organisation-wide one. Neither comes from the
 * pull request's head, so a pull request cannot weaken its own check.
 */
export async function readConfigOrOrgDefault({
  readOwn,
  octokit,
  owner,
  path,
}: {
  /** Reads the repository's own config (the shared `readConfig` at the base branch). */
  readOwn: () => Promise<ConfigText>;
  octokit: Octokit;
  owner: string;
  path: string;
}): Promise<ConfigText> {
  const own = await readOwn();
  if (own.text !== undefined) return own;
  const org = await readOrgConfig({ octokit, owner, path });
  return org.text === undefined ? own : org;
}
