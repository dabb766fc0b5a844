import { CliError } from './cli-error.js';

/** The command line itself is wrong; the message is one line and names what to fix. */
export class UsageError extends CliError {
  override readonly name = 'UsageError';

  /** @param command the command whose help the user should read, if the error is about one. */
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message);
  }
}
