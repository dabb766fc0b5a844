/**
 * Domain types shared by the whole engine. The core works on plain data: the doors (CLI, Action,
 * App) turn git or GitHub responses into these shapes and turn a `Report` into output.
 */

/** Areas built into the `recommended` preset; users may add areas with other names. */
export const BUILT_IN_AREAS = ['data', 'model', 'deployment', 'pipeline'] as const;
export type BuiltInArea = (typeof BUILT_IN_AREAS)[number];
export const isBuiltInArea = (value: string): value is BuiltInArea => (BUILT_IN_AREAS as readonly string[]).includes(value);

/** How a file changed, in GitHub's vocabulary (the files API and `git diff --name-status`). */
export const FILE_STATUSES = ['added', 'modified', 'removed', 'renamed', 'copied', 'changed', 'unchanged'] as const;
export type FileStatus = (typeof FILE_STATUSES)[number];
export const isFileStatus = (value: string): value is FileStatus => (FILE_STATUSES as readonly string[]).includes(value);

/** One file of the pull request's diff. */
export interface ChangedFile {
  /** Path at head (for a removed file: the path it had). */
  readonly path: string;
  readonly status: FileStatus;
  /** Path at base, for `renamed` and `copied` files. */
  readonly previousPath?: string;
  /**
   * The unified diff hunks (GitHub's `patch` field: starts at the first `@@`). Absent when the
   * file is binary or the patch was too large to be sent.
   */
  readonly patch?: string;
  /** True when git or GitHub reported the file as binary. */
  readonly binary?: boolean;
  readonly additions?: number;
  readonly deletions?: number;
}

/** What the doors know about the pull request (or, in the CLI, the commit range). */
export interface PullRequestInfo {
  readonly number?: number;
  readonly title: string;
  readonly body: string;
  readonly labels: readonly string[];
  readonly author?: string;
  readonly url?: string;
  readonly baseRef?: string;
  readonly headRef?: string;
}

/** Which side of the comparison a file is read from. */
export const SIDES = ['base', 'head'] as const;
export type Side = (typeof SIDES)[number];

/**
 * Read access to the repository, passed in by the door. Every call may cost a request, so the
 * core asks only for what a check needs and the doors cache.
 */
export interface ContentSource {
  /** The file's text at that side, or `undefined` when it does not exist there (or is binary). */
  readFile(side: Side, path: string): Promise<string | undefined>;
  /** Every file path of the repository at that side (used to learn which docs a repo keeps). */
  listFiles(side: Side): Promise<readonly string[]>;
}

export const MODES = ['fail', 'warn'] as const;
export type Mode = (typeof MODES)[number];
export const isMode = (value: string): value is Mode => (MODES as readonly string[]).includes(value);

export const PRESETS = ['recommended', 'none'] as const;
export type PresetName = (typeof PRESETS)[number];

/** One area after the preset and the user's config are merged. */
export interface AreaConfig {
  /** Short human description, shown in reports. */
  readonly description: string;
  /** Globs of files whose change triggers the area; `!glob` excludes. */
  readonly paths: readonly string[];
  /** Globs of the dedicated documents; one of them must be added or modified. */
  readonly docs: readonly string[];
  /**
   * Globs accepted instead of `docs` while the repository keeps none of the dedicated documents
   * (e.g. its README while it has no model card yet).
   */
  readonly fallbackDocs: readonly string[];
  /** The file `ml-docs-guard init` would create as the dedicated document. */
  readonly template?: string;
  /** Headings the dedicated document must contain. */
  readonly sections: readonly string[];
  /** Whether the doc update must mention each changed key or dataset. */
  readonly mentionChanges: boolean;
  /**
   * Whether the doc review's blocking findings (missing sections, unmentioned changes, stale
   * values, placeholders, invalid model card metadata) leave the area unsatisfied, like a
   * missing doc. When false they are reported and do not block. A loaded config always sets
   * it; absent (a config built by hand) means false.
   */
  readonly strict?: boolean;
  /**
   * Files that trigger the area only when their content says so: a file matching `paths` here
   * (and no area's `paths`) triggers the area when its inspection finds a change of one of
   * `kinds` (e.g. `pyproject.toml` for `dependency`, while a lint-only edit there triggers
   * nothing).
   */
  readonly content?: ContentTrigger;
}

/** See `AreaConfig.content`. */
export interface ContentTrigger {
  readonly paths: readonly string[];
  /** Change kinds (see `CHANGE_KINDS` in core/inspect) that make a matching file trigger the area. */
  readonly kinds: readonly string[];
}

/** The validated, fully resolved configuration the engine runs on. */
export interface Config {
  readonly mode: Mode;
  readonly areas: Readonly<Record<string, AreaConfig>>;
  /** Globs of files that never trigger anything. */
  readonly ignore: readonly string[];
  /** Globs of documentation files: they satisfy requirements and never trigger an area. */
  readonly docs: readonly string[];
  readonly changelog: {
    readonly path: string;
    readonly required: boolean;
  };
  readonly skip: {
    readonly labels: readonly string[];
    /** Text in the PR description that skips the check, e.g. `[skip ml-docs]`. */
    readonly marker: string;
    /** GitHub logins whose pull requests skip the check (`dependabot[bot]`). */
    readonly authors: readonly string[];
  };
  readonly comment: boolean;
}

export const VERDICTS = ['pass', 'fail', 'warn', 'skipped'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** A specific, human-readable fact about what changed, found in a file's content. */
export interface Change {
  readonly file: string;
  /** Line at head (or at base for removals). */
  readonly line?: number;
  /** What kind of thing changed, e.g. `hyperparameter`, `dataset`, `image`, `dependency`. */
  readonly kind: string;
  /** One short sentence, e.g. "`train.lr`: 0.01 → 0.001". */
  readonly summary: string;
  readonly key?: string;
  readonly before?: string;
  readonly after?: string;
}

/** A doc-side finding: a missing section, an unmentioned change, a stale value, a placeholder. */
export interface DocFinding {
  readonly file: string;
  readonly line?: number;
  readonly kind: string;
  readonly message: string;
  /** Replacement text for `line`, offered as a suggestion. */
  readonly suggestion?: string;
}

export interface AreaReport {
  readonly name: string;
  readonly description: string;
  /** Files that triggered the area (renames count under both paths). */
  readonly files: readonly string[];
  readonly satisfied: boolean;
  /** Doc files in the diff that satisfied it. */
  readonly docs: readonly string[];
  /** Globs that would satisfy it. */
  readonly expected: readonly string[];
  readonly changes: readonly Change[];
  readonly findings: readonly DocFinding[];
  /** Set when the repository has no dedicated doc for the area yet: the file to create. */
  readonly suggestedDoc?: string;
}

export interface MissingDoc {
  /** An area name, or `changelog`. */
  readonly area: string;
  readonly expected: readonly string[];
  readonly reason: string;
}

export interface ChangelogReport {
  readonly path: string;
  readonly required: boolean;
  readonly updated: boolean;
  /** The generated entry, Keep a Changelog style; empty when nothing triggered. */
  readonly entry: string;
}

/** Why the engine could not judge the PR; the verdict is then `fail`, never a pass. */
export interface ConfigProblem {
  readonly file: string;
  readonly ref?: string;
  readonly line?: number;
  readonly column?: number;
  /** JSON-pointer-like field path, e.g. `areas.model.paths[2]`. */
  readonly field?: string;
  readonly message: string;
}

export interface Report {
  readonly verdict: Verdict;
  readonly mode: Mode;
  /** Present when the check was skipped: the label, author or marker that did it. */
  readonly skipReason?: string;
  readonly areas: readonly AreaReport[];
  readonly missing: readonly MissingDoc[];
  readonly changelog: ChangelogReport;
  /** Config errors; when present the verdict is `fail`. */
  readonly configProblems: readonly ConfigProblem[];
  /** Things the reader should know that are not failures (config changed in the PR, ...). */
  readonly notices: readonly string[];
  /** How this PR could skip the check (the config's labels and marker), so reports can tell the reader. */
  readonly skip?: Pick<Config['skip'], 'labels' | 'marker'>;
  readonly stats: {
    readonly files: number;
    readonly ignored: number;
    readonly docs: number;
  };
}

/** One line of a parsed hunk, with its line number on each side it exists on. */
export interface PatchLine {
  readonly kind: 'add' | 'del' | 'context';
  readonly text: string;
  readonly oldLine?: number;
  readonly newLine?: number;
}

export interface Hunk {
  readonly oldStart: number;
  readonly oldLines: number;
  readonly newStart: number;
  readonly newLines: number;
  /** The text git prints after the closing `@@`: the enclosing function or class, when known. */
  readonly context: string;
  readonly lines: readonly PatchLine[];
}

/** A file's patch, parsed once and shared by every check that reads it. */
export interface ParsedPatch {
  readonly hunks: readonly Hunk[];
}
