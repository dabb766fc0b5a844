import { execFileSync } from 'node:child_process';
import { availableParallelism, cpus, loadavg, platform, release, totalmem } from 'node:os';

/** What the numbers were measured on: they mean little without it. */
export function describeMachine() {
  return {
    nproc: readNproc(),
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 1024 ** 3),
    os: `${platform()} ${release()}`,
    node: process.version,
    git: execFileSync('git', ['--version'], { encoding: 'utf8' })
      .trim()
      .replace(/^git version /, ''),
  };
}

/** `nproc`: the cores this process may use (a container's limit, not the host's count). */
function readNproc() {
  try {
    return Number(execFileSync('nproc', { encoding: 'utf8' }).trim());
  } catch {
    return availableParallelism();
  }
}

/** The 1-minute load average: how busy the machine was with other work while measuring. */
export const currentLoad = () => Number(loadavg()[0].toFixed(2));
