import { spawn } from 'node:child_process';
import { CliError } from './cli-error.js';

/** A git command failed; the message is meant to be shown to the user as is. */
export class GitError extends CliError {
  override readonly name = 'GitError';
}

/**
 * Settings that would change the shape of git's output, pinned so a user's git config cannot
 * break parsing: unquoted UTF-8 paths, no colors, no pager.
 */
const PINNED_CONFIG = ['-c', 'core.quotePath=false', '-c', 'color.ui=never', '--no-pager'];

/**
 * Beyond this a diff or listing is no longer a pull request anyone reviews, and turning it into
 * one JavaScript string would fail anyway (V8 strings stop at about 512 MiB).
 */
export const MAX_GIT_OUTPUT_BYTES = 256 * 1024 * 1024;

export interface GitResult {
  readonly code: number;
  readonly stdout: Buffer;
  readonly stderr: string;
}

/**
 * Runs one git command in `cwd` and collects its output. Exit codes listed in `okCodes` are
 * returned to the caller; any other exit becomes a `GitError` carrying git's own message.
 */
export function runGit({
  cwd,
  args,
  okCodes = [0],
  onStdout,
  signal,
}: {
  readonly cwd: string;
  readonly args: readonly string[];
  readonly okCodes?: readonly number[];
  /**
   * Receives standard output as it arrives instead of collecting it (`stdout` is then empty), so
   * a large output is processed while git writes it, and never held whole.
   */
  readonly onStdout?: (chunk: Buffer) => void;
  /** Aborting it ends git; the result is then an error nobody needs to read. */
  readonly signal?: AbortSignal;
}): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', [...PINNED_CONFIG, ...args], {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(signal === undefined ? {} : { signal }),
    });
    const chunks: Buffer[] = [];
    const errors: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    child.stdout.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_GIT_OUTPUT_BYTES) {
        tooLarge = true;
        child.kill();
        return;
      }
      if (onStdout === undefined) chunks.push(chunk);
      else onStdout(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => errors.push(chunk));
    child.on('error', (error: NodeJS.ErrnoException) => reject(spawnError(error)));
    child.on('close', (code) => {
      const stderr = Buffer.concat(errors).toString('utf8');
      if (tooLarge) {
        reject(new GitError(`git ${args[0] ?? ''} printed more than ${MAX_GIT_OUTPUT_BYTES / 1024 / 1024} MiB`));
      } else if (code !== null && okCodes.includes(code)) {
        resolve({ code, stdout: Buffer.concat(chunks), stderr });
      } else {
        reject(new GitError(gitFailure(args, stderr, code)));
      }
    });
  });
}

/** Explains why git could not even start. */
export function spawnError(error: NodeJS.ErrnoException): GitError {
  return new GitError(
    error.code === 'ENOENT'
      ? 'git was not found on the PATH; install git to use ml-docs-guard'
      : `could not run git: ${error.message}`,
  );
}

/** git's first `fatal:`/`error:` line, which is the one that says what went wrong. */
function gitFailure(args: readonly string[], stderr: string, code: number | null): string {
  const lines = stderr
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const reason = lines.find((line) => /^(fatal|error):/.test(line)) ?? lines[0] ?? `exit code ${code ?? 'unknown'}`;
  return `git ${args[0] ?? ''} failed: ${reason.replace(/^(fatal|error):\s*/, '')}`;
}
