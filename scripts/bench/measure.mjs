import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** GNU time prints the child's peak resident set (KiB) with `-f %M`; used when installed. */
const GNU_TIME = '/usr/bin/time';
const HAS_GNU_TIME = existsSync(GNU_TIME);
/** Without GNU time, node children report their own peak through this preload. */
const RSS_PRELOAD = fileURLToPath(new URL('./report-rss.mjs', import.meta.url));

/** How peak RSS is measured on this machine, for the report. */
export const RSS_METHOD = HAS_GNU_TIME
  ? '`/usr/bin/time -f %M` (the process and its children)'
  : '`process.resourceUsage().maxRSS` reported by the node child';

/**
 * Runs one command to completion and measures it from the outside: wall time from spawn to exit
 * and peak RSS. Standard output goes to `stdoutFile` (`/dev/null` for the floor), so no pipe in
 * this process slows the child down.
 *
 * @returns {{ ms: number, rssKiB: number | undefined, code: number | null, stderr: string }}
 */
export async function measure({ command, args, cwd, env, stdoutFile = '/dev/null', scratch }) {
  const rssFile = join(scratch, `rss-${process.hrtime.bigint()}`);
  const node = command === process.execPath;
  const [file, argv] = HAS_GNU_TIME
    ? [GNU_TIME, ['-f', '%M', '-o', rssFile, command, ...args]]
    : [command, node ? ['--import', RSS_PRELOAD, ...args] : args];
  const output = await open(stdoutFile, 'w');
  const started = process.hrtime.bigint();
  const { code, stderr } = await new Promise((resolve, reject) => {
    const child = spawn(file, argv, { cwd, env: { ...env, BENCH_RSS_FILE: rssFile }, stdio: ['ignore', output.fd, 'pipe'] });
    let errors = '';
    child.stderr.setEncoding('utf8').on('data', (chunk) => (errors += chunk));
    child.on('error', reject);
    child.on('close', (exit) => resolve({ code: exit, stderr: errors }));
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  await output.close();
  const rssText = await readFile(rssFile, 'utf8').catch(() => undefined);
  await rm(rssFile, { force: true });
  // GNU time writes "Command exited with non-zero status N" before the number when the child fails.
  const rssKiB = rssText === undefined ? undefined : Number(rssText.trim().split('\n').at(-1));
  return { ms, rssKiB: Number.isFinite(rssKiB) ? rssKiB : undefined, code, stderr };
}

/** The median: robust to the odd run slowed down by another process on the machine. */
export function median(values) {
  const sorted = values.filter((value) => value !== undefined).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
