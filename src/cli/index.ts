import { text } from 'node:stream/consumers';
import { main } from './main.js';

// A reader that stops early (`| head`) closes the pipe: not a failure, and never a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') process.stderr.write(`ml-docs-guard: cannot write the output: ${error.message}\n`);
});

// The exit code is set rather than forced so piped output is flushed before the process ends.
process.exitCode = await main({
  argv: process.argv.slice(2),
  io: {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin: () => text(process.stdin),
  },
});
