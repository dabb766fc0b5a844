#!/usr/bin/env node
import { text } from 'node:stream/consumers';
import { type CheckRange, openCheckRange } from './open-check-range.js';
import { parseCommandLine } from './parse-command-line.js';

// A reader that stops early (`| head`) closes the pipe: not a failure, and never a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') process.stderr.write(`ml-docs-guard: cannot write the output: ${error.message}\n`);
});

const argv = process.argv.slice(2);
const cwd = process.cwd();

/**
 * For `check`, git starts on the range (and the diff) before the engine is loaded: the engine is
 * the larger part of the program, and git's work is the longest. Problems with the command line
 * or the range are reported by `main`, in order, as if nothing had started early.
 */
function openRangeEarly(): Promise<CheckRange> | undefined {
  let commandLine: ReturnType<typeof parseCommandLine>;
  try {
    commandLine = parseCommandLine(argv);
  } catch {
    return undefined;
  }
  if (commandLine.kind !== 'check') return undefined;
  const range = openCheckRange({ options: commandLine.options, cwd });
  range.catch(() => undefined);
  return range;
}

const range = openRangeEarly();
const { main } = await import('./main.js');
// The exit code is set rather than forced so piped output is flushed before the process ends.
process.exitCode = await main({
  argv,
  io: { cwd, env: process.env, stdout: process.stdout, stderr: process.stderr, readStdin: () => text(process.stdin) },
  ...(range === undefined ? {} : { range }),
});
