import type { BuiltInArea, ChangedFile } from '../../src/core/types.js';

/**
 * One realistic pull request and the judgement a careful ML reviewer makes of it. The paths
 * come from real public repositories (named in `source`); the judgement comes from what each
 * file means in its ecosystem, never from the preset's globs.
 */
export interface CorpusCase {
  /** Unique, `layout/short-name`. */
  readonly id: string;
  /** The public repository (or template) whose paths the pull request uses. */
  readonly source: string;
  /** What the pull request does, as its author would say it. */
  readonly description: string;
  readonly files: readonly ChangedFile[];
  /** Areas whose documentation the reviewer asks for. Empty: no ML docs needed. */
  readonly expected: readonly BuiltInArea[];
  /**
   * Areas where both answers are defensible (a `predict_pipeline.py` that is both serving code
   * and a pipeline step): flagging them or not counts neither as a false alarm nor as a miss.
   * Kept rare, and each one says why in the description.
   */
  readonly tolerated?: readonly BuiltInArea[];
  /** The verdict the reviewer gives: `fail` when documentation the change needs is missing. */
  readonly verdict: 'pass' | 'fail';
  /** Paths of the repository at base (with the case's modified and removed files added). */
  readonly repository: readonly string[];
  /**
   * Real text for files whose content decides the judgement (a `pyproject.toml` whose
   * dependencies change); other files get plausible stand-in text.
   */
  readonly contents?: { readonly base?: Readonly<Record<string, string>>; readonly head?: Readonly<Record<string, string>> };
}

/** The cases of one layout, with the base repository they share. */
export interface CorpusLayout {
  readonly name: string;
  readonly cases: readonly CorpusCase[];
}

/** A text file edited in place: one line changed. */
export const modified = (path: string, patch?: string): ChangedFile =>
  patch === undefined
    ? { path, status: 'modified', additions: 1, deletions: 1 }
    : { path, status: 'modified', additions: 1, deletions: 1, patch };

export const added = (path: string): ChangedFile => ({ path, status: 'added', additions: 5, deletions: 0 });

export const removed = (path: string): ChangedFile => ({ path, status: 'removed', additions: 0, deletions: 5 });

/** A move without edits (git reports 100% similarity). */
export const renamed = ({ from, to }: { readonly from: string; readonly to: string }): ChangedFile => ({
  path: to,
  previousPath: from,
  status: 'renamed',
  additions: 0,
  deletions: 0,
});

/** A binary file (weights, images, spreadsheets): no patch, no line counts. */
export const binary = (path: string, status: 'added' | 'modified' | 'removed' = 'modified'): ChangedFile => ({
  path,
  status,
  binary: true,
});

/**
 * Builds the cases of one layout: every case shares the layout's base repository and source
 * unless it names its own.
 */
export function layout({
  name,
  source,
  repository,
  cases,
}: {
  readonly name: string;
  readonly source: string;
  readonly repository: readonly string[];
  readonly cases: readonly (Omit<CorpusCase, 'id' | 'source' | 'repository'> & {
    readonly id: string;
    readonly source?: string;
    readonly repository?: readonly string[];
  })[];
}): CorpusLayout {
  return {
    name,
    cases: cases.map((entry) => ({
      ...entry,
      id: `${name}/${entry.id}`,
      source: entry.source ?? source,
      repository: entry.repository ?? repository,
    })),
  };
}
