import packageJson from '../../package.json' with { type: 'json' };
import { checkCommand } from './check-command.js';
import { CliError } from './cli-error.js';
import type { CliIo } from './cli-io.js';
import { EXIT_CODES } from './exit-codes.js';
import { helpText } from './help.js';
import { initCommand } from './init-command.js';
import type { CheckRange } from './open-check-range.js';
import { parseCommandLine } from './parse-command-line.js';
import { UsageError } from './usage-error.js';

/** Every line the CLI writes to stderr starts with its name, so it reads well among other tools' output. */
const PROGRAM = 'ml-docs-guard';

/**
 * Runs the CLI with `argv` (the arguments after the program name) and returns the exit code:
 * 0 pass, warn or skipped; 1 fail; 2 usage, config or git error, explained on one stderr line.
 */
export async function main({
  argv,
  io,
  range,
}: {
  readonly argv: readonly string[];
  readonly io: CliIo;
  /** The range of a `check`, when the entry point started opening it before loading the engine. */
  readonly range?: Promise<CheckRange>;
}): Promise<number> {
  try {
    const commandLine = parseCommandLine(argv);
    switch (commandLine.kind) {
      case 'help':
        io.stdout.write(helpText(commandLine.command));
        return EXIT_CODES.ok;
      case 'version':
        io.stdout.write(`${packageJson.version}\n`);
        return EXIT_CODES.ok;
      case 'check':
        return await checkCommand({ options: commandLine.options, io, ...(range === undefined ? {} : { range }) });
      case 'init':
        return await initCommand({ options: commandLine.options, io });
    }
  } catch (error) {
    io.stderr.write(`${PROGRAM}: ${describeError(error)}\n`);
    return EXIT_CODES.error;
  }
}

function describeError(error: unknown): string {
  if (error instanceof UsageError) {
    const help = error.command === undefined ? `${PROGRAM} --help` : `${PROGRAM} ${error.command} --help`;
    return `${error.message} (see '${help}')`;
  }
  if (error instanceof CliError) return oneLine(error.message);
  // Anything else is a defect, still reported in one line rather than as a stack trace.
  const message = error instanceof Error ? error.message : String(error);
  return `unexpected error: ${oneLine(message)}`;
}

function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ').trim();
}
