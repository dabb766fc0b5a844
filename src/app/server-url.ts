/** Where pull requests live when a payload does not say: github.com. */
const GITHUB_COM = 'https://github.com';

/**
 * The web address of the GitHub server a pull request is on (github.com or a GitHub Enterprise
 * Server), from its `html_url`: links into GitHub's editor must point at the same server.
 */
export function serverUrlOf(pullRequestUrl: string | undefined): string {
  if (pullRequestUrl === undefined) return GITHUB_COM;
  try {
    return new URL(pullRequestUrl).origin;
  } catch {
    return GITHUB_COM;
  }
}
