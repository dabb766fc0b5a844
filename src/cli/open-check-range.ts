import { resolve } from 'node:path';
import { type ChangedFileStream, type LocalGit, localGit, resolveAtOnce, streamChangedFiles } from './local-git.js';

/** What `check` compares: the commits, as the user named them and as git resolved them, and the diff. */
export interface CheckRange {
  readonly git: LocalGit;
  /** The names the user gave (or the defaults), for the report. */
  readonly refs: { readonly base: string; readonly head: string };
  readonly head: string;
  /** Where head forked from base: the side the config and the base contents are read at. */
  readonly mergeBase: string;
  /** The files of the diff, while git writes it. */
  readonly changedFiles: ChangedFileStream;
}

/** The ref `check` judges when `--head` is not given. */
const DEFAULT_HEAD = 'HEAD';

/**
 * Opens the repository, resolves base and head and their merge-base (one git process when
 * `--base` is given), and has git write the diff.
 * With `--base` given, git starts on the diff before anything else, since it is the slowest
 * read; a wrong ref or a missing repository is then reported by the checks that follow, in their
 * own words, and the diff is stopped.
 */
export async function openCheckRange({
  options,
  cwd,
}: {
  readonly options: { readonly repo?: string; readonly base?: string; readonly head?: string };
  readonly cwd: string;
}): Promise<CheckRange> {
  const dir = resolve(cwd, options.repo ?? '.');
  const headRef = options.head ?? DEFAULT_HEAD;
  const early = options.base === undefined ? undefined : streamChangedFiles({ dir, base: options.base, head: headRef });
  try {
    const known = options.base === undefined ? undefined : await resolveAtOnce({ dir, head: headRef, base: options.base });
    const git = await localGit({ dir, ...(known === undefined ? {} : { root: known.root }) });
    const baseRef = options.base ?? (await git.defaultBase());
    const [head, base] =
      known === undefined
        ? await Promise.all([
            git.resolveCommit({ ref: headRef, option: '--head' }),
            git.resolveCommit({ ref: baseRef, option: '--base' }),
          ])
        : [known.head, known.base];
    const mergeBase = known?.mergeBase ?? (await git.mergeBase({ base, head, baseRef, headRef }));
    const changedFiles = early ?? git.changedFiles({ base: mergeBase, head });
    return { git, refs: { base: baseRef, head: headRef }, head, mergeBase, changedFiles };
  } catch (error) {
    early?.stop();
    throw error;
  }
}
