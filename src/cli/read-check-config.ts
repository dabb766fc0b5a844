import { readFile } from 'node:fs/promises';
import { isAbsolute, posix, relative, resolve, sep } from 'node:path';
import type { ContentSource } from '../core/types.js';
import { CliError } from './cli-error.js';
import { DEFAULT_CONFIG_PATH } from '../core/config/default-config-path.js';

/** The config text to load, and where it came from. */
export interface ConfigText {
  /** `undefined`: no config file, so the recommended preset applies. */
  readonly text: string | undefined;
  /** The name problems are reported under. */
  readonly file: string;
  /** The commit it was read at; absent when it was read from disk. */
  readonly ref?: string;
  /** Its path in the repository, so a change that edits it can be told it applies after merge. */
  readonly configPath?: string;
}

/**
 * Reads the config at the base commit, so a change cannot relax its own check. `--config FILE`
 * names another path in the repository (relative to its root), read at the base commit the same
 * way; only when the base commit has no such file is FILE read from disk (relative to the current
 * directory), which lets a config outside the repository, or one not committed yet, be tried.
 */
export async function readCheckConfig({
  option,
  source,
  root,
  cwd,
  ref,
}: {
  /** The `--config` value, if given. */
  readonly option: string | undefined;
  readonly source: Pick<ContentSource, 'readFile'>;
  /** The repository's top-level directory. */
  readonly root: string;
  readonly cwd: string;
  /** A name for the base commit, shown with config problems. */
  readonly ref: string;
}): Promise<ConfigText> {
  if (option === undefined) {
    const text = await source.readFile('base', DEFAULT_CONFIG_PATH);
    return { text, file: DEFAULT_CONFIG_PATH, ref, configPath: DEFAULT_CONFIG_PATH };
  }
  const repoPath = repositoryPath({ option, root });
  if (repoPath !== undefined) {
    const text = await source.readFile('base', repoPath);
    if (text !== undefined) return { text, file: repoPath, ref, configPath: repoPath };
  }
  const diskPath = resolve(cwd, option);
  const text = await readFile(diskPath, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return undefined;
    throw new CliError(`cannot read config file ${diskPath}: ${error.message}`);
  });
  if (text === undefined) {
    throw new CliError(`config file not found: ${option} (not in the base commit ${ref}, nor at ${diskPath})`);
  }
  return { text, file: option };
}

/**
 * The repository path `--config` names: a relative path is taken from the repository root, an
 * absolute one must lie inside it. `undefined` when it points outside the repository.
 */
function repositoryPath({ option, root }: { option: string; root: string }): string | undefined {
  const fromRoot = isAbsolute(option) ? relative(root, option) : relative(root, resolve(root, option));
  if (fromRoot === '' || fromRoot.startsWith('..') || isAbsolute(fromRoot)) return undefined;
  return posix.normalize(fromRoot.split(sep).join('/'));
}
