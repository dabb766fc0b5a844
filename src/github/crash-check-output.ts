import { fenceFor } from '../core/report/escape/index.js';
import type { CheckOutput } from '../core/report/render-check-output.js';

/** The title of a check run that could not judge the pull request. */
export const CRASH_TITLE = 'ML Docs Guard could not run';

/** Longest error message quoted; a stack of nested causes is not worth a page. */
const MAX_MESSAGE_LENGTH = 2000;

/**
 * Credentials that could appear in an error message: GitHub tokens (classic and fine-grained,
 * installation, OAuth, user-to-server, refresh), JWTs, bearer headers and PEM keys.
 */
const SECRET_PATTERNS: readonly RegExp[] = [
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(-----END [A-Z ]*PRIVATE KEY-----|$)/g,
  /\b(gh[pousr]_[A-Za-z0-9_]{16,}|github_pat_[A-Za-z0-9_]{20,})\b/g,
  /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]+/g,
  /\b(token|bearer)\s+[A-Za-z0-9_.-]{20,}/gi,
];

/** The message with anything that looks like a credential replaced by `[redacted]`. */
export function redactSecrets(message: string): string {
  return SECRET_PATTERNS.reduce((text, pattern) => text.replace(pattern, '[redacted]'), message);
}

const messageOf = (error: unknown): string => {
  const text = redactSecrets(error instanceof Error ? error.message : String(error));
  return text.length > MAX_MESSAGE_LENGTH ? `${text.slice(0, MAX_MESSAGE_LENGTH)}…` : text;
};

/**
 * The output of a check run whose evaluation crashed (GitHub unreachable, a bug): it fails, since
 * a check that could not look must not let a merge through, and it says that this is no verdict
 * on the pull request, why it failed (credentials removed), and how to run it again.
 */
export function crashCheckOutput(error: unknown): CheckOutput {
  const message = messageOf(error);
  const fence = fenceFor(message);
  const summary = [
    '**ML Docs Guard could not check this pull request**, so the check fails rather than let a merge through unchecked. ' +
      'This is not a verdict on the changes: re-run the check once the cause is fixed (GitHub outages usually pass by themselves).',
    '',
    `${fence}text`,
    message,
    fence,
  ].join('\n');
  return { title: CRASH_TITLE, summary };
}
