import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ISOLATED_GIT_ENV } from './git-repo.js';

/** The bundle users run; jest's global setup builds it from src/ before any test. */
export const CLI_PATH = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node dist/cli.js ...args` as a user would, with git isolated from the machine's config. */
export function runCli({
  args,
  cwd,
  input,
  env = {},
}: {
  readonly args: readonly string[];
  readonly cwd?: string;
  /** Standard input, e.g. for `--body-file -`. */
  readonly input?: string;
  readonly env?: Readonly<Record<string, string>>;
}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_PATH, ...args], {
      cwd,
      env: { ...process.env, ...ISOLATED_GIT_ENV, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

/** The lines a run wrote to stderr (the CLI promises at most one per error). */
export function stderrLines(result: CliResult): string[] {
  return result.stderr.split('\n').filter((line) => line !== '');
}
