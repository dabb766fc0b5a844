import type { HeadBranch } from './pull-request-target.js';

/** Browsers and proxies reject very long URLs; past this the new-file link opens empty. */
const MAX_PREFILL_URL_LENGTH = 6000;

const encodePath = (path: string): string => path.split('/').map(encodeURIComponent).join('/');

/**
 * A link that opens GitHub's web editor on the changelog in the pull request's head branch (in
 * the fork, for fork PRs): the edit page when the file exists there, otherwise the new-file page
 * with the path and the entry filled in. `serverUrl` is `GITHUB_SERVER_URL`, so links work on
 * GitHub Enterprise Server.
 */
export function changelogEditUrl({
  serverUrl,
  head,
  path,
  exists,
  entry,
}: {
  serverUrl: string;
  head: HeadBranch;
  path: string;
  /** Whether the changelog exists at the head commit. */
  exists: boolean;
  entry: string;
}): string {
  const repository = `${serverUrl.replace(/\/+$/, '')}/${encodeURIComponent(head.owner)}/${encodeURIComponent(head.repo)}`;
  if (exists) return `${repository}/edit/${encodePath(head.ref)}/${encodePath(path)}`;
  const base = `${repository}/new/${encodePath(head.ref)}?filename=${encodeURIComponent(path)}`;
  const content = `# Changelog\n\n## [Unreleased]\n\n${entry}\n`;
  const prefilled = `${base}&value=${encodeURIComponent(content)}`;
  return entry.trim() !== '' && prefilled.length <= MAX_PREFILL_URL_LENGTH ? prefilled : base;
}
