/**
 * An error the user can act on (a bad option, a missing file, a git failure): the CLI prints its
 * message as one line and exits with code 2, never with a stack trace.
 */
export class CliError extends Error {
  override readonly name: string = 'CliError';
}
