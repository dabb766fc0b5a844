import type { OctokitTiming } from '../github/create-octokit.js';

/**
 * Back-off timing from the environment. Not an input of the Action: the end-to-end tests run the
 * bundle as the runner does and shrink the waits this way; unset, the production defaults apply.
 */
const TIMING_VARIABLES = {
  unitMs: 'ML_DOCS_GUARD_BACKOFF_UNIT_MS',
  requestTimeoutMs: 'ML_DOCS_GUARD_REQUEST_TIMEOUT_MS',
} as const;

export function readTiming(env: NodeJS.ProcessEnv): OctokitTiming {
  const timing: { unitMs?: number; requestTimeoutMs?: number } = {};
  for (const [key, name] of Object.entries(TIMING_VARIABLES) as [keyof typeof TIMING_VARIABLES, string][]) {
    const value = env[name];
    if (value === undefined || value === '') continue;
    const number = Number(value);
    if (!Number.isFinite(number) || number <= 0)
      throw new Error(`${name} must be a positive number of milliseconds; got "${value}".`);
    timing[key] = number;
  }
  return timing;
}
