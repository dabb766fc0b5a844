/** pino's numeric levels, which Probot's JSON log lines carry. */
const LEVELS = { info: 30, fatal: 60 } as const;

/**
 * One line for the server's log before Probot's logger exists, in the format Probot then uses,
 * so a log collector reads it like the rest: JSON unless `LOG_FORMAT` is `pretty` (or, unset,
 * outside production), as Probot decides.
 */
export function startupLogLine({
  env,
  level,
  message,
  time = Date.now(),
}: {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly level: keyof typeof LEVELS;
  readonly message: string;
  readonly time?: number;
}): string {
  const format = env.LOG_FORMAT
    ? env.LOG_FORMAT === 'pretty'
      ? 'pretty'
      : 'json'
    : env.NODE_ENV === 'production'
      ? 'json'
      : 'pretty';
  if (format === 'pretty') return `ml-docs-guard: ${message}\n`;
  return `${JSON.stringify({ level: LEVELS[level], time, name: 'ml-docs-guard', msg: message })}\n`;
}
