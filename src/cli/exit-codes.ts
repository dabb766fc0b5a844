/**
 * The CLI's exit codes, as its help and the README document them: `ok` for pass, warn, skipped
 * (and a successful `init`), `fail` for missing documentation in fail mode, `error` when the
 * check could not run (usage, config or git error).
 */
export const EXIT_CODES = { ok: 0, fail: 1, error: 2 } as const;
