export { DEFAULT_CONFIG_PATH } from '../core/config/default-config-path.js';

/**
 * The repository an organisation keeps its shared settings in (GitHub's and Probot's convention):
 * its config applies to every repository of the owner that has none of its own.
 */
export const ORG_SETTINGS_REPO = '.github';

/** How a config file in another repository is named in messages and in `_extends`: `owner/repo:path`. */
export const describeRemoteConfig = ({ owner, repo, path }: { owner: string; repo: string; path: string }): string =>
  `${owner}/${repo}:${path}`;
