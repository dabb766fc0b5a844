/** Where a repository keeps its ml-docs-guard config (DESIGN's public contract). */
export const DEFAULT_CONFIG_PATH = '.github/ml-docs-guard.yml';

/**
 * The repository an organisation keeps its shared settings in (GitHub's and Probot's convention):
 * its config applies to every repository of the owner that has none of its own.
 */
export const ORG_SETTINGS_REPO = '.github';

/** How a config file in another repository is named in messages and in `_extends`: `owner/repo:path`. */
export const describeRemoteConfig = ({ owner, repo, path }: { owner: string; repo: string; path: string }): string =>
  `${owner}/${repo}:${path}`;
