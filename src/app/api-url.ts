/**
 * The REST API the App talks to, read as Probot reads it: `GHE_HOST` (with `GHE_PROTOCOL`,
 * https by default) names a GitHub Enterprise Server, otherwise api.github.com.
 */
export function apiUrlOf(env: Readonly<Record<string, string | undefined>>): string {
  const host = env.GHE_HOST?.trim();
  if (host === undefined || host === '') return 'https://api.github.com';
  return `${env.GHE_PROTOCOL?.trim() || 'https'}://${host}/api/v3`;
}
