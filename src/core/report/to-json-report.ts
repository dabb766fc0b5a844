import type { AreaReport, Change, ConfigProblem, DocFinding, MissingDoc, Mode, Report, Verdict } from '../types.js';

/** A change found in a file; absent facts are `null`, so every key is always there. */
export interface JsonChange {
  readonly file: string;
  readonly line: number | null;
  readonly kind: string;
  readonly summary: string;
  readonly key: string | null;
  readonly before: string | null;
  readonly after: string | null;
}

export interface JsonFinding {
  readonly file: string;
  readonly line: number | null;
  readonly kind: string;
  readonly message: string;
  readonly suggestion: string | null;
}

export interface JsonArea {
  readonly name: string;
  readonly description: string;
  /** The files that triggered the area. */
  readonly files: readonly string[];
  readonly satisfied: boolean;
  /** Doc files in the diff that satisfied it. */
  readonly docs: readonly string[];
  /** Globs that would satisfy it. */
  readonly expected: readonly string[];
  /** The file to create when the repository has no dedicated doc for the area yet. */
  readonly suggestedDoc: string | null;
  readonly changes: readonly JsonChange[];
  readonly findings: readonly JsonFinding[];
}

export interface JsonMissing {
  readonly area: string;
  readonly expected: readonly string[];
  readonly reason: string;
}

export interface JsonConfigProblem {
  readonly file: string;
  readonly ref: string | null;
  readonly line: number | null;
  readonly column: number | null;
  readonly field: string | null;
  readonly message: string;
}

/**
 * The public, stable JSON report (`--format json`, the Action's outputs). Fields are only ever
 * added; every key is present (absent values are `null`) and keys come in the order declared.
 */
export interface JsonReport {
  readonly verdict: Verdict;
  readonly mode: Mode;
  readonly skipReason: string | null;
  readonly areas: readonly JsonArea[];
  readonly missing: readonly JsonMissing[];
  readonly changelog: {
    readonly path: string;
    readonly required: boolean;
    readonly updated: boolean;
    readonly entry: string;
  };
  readonly configProblems: readonly JsonConfigProblem[];
  readonly notices: readonly string[];
  readonly stats: { readonly files: number; readonly ignored: number; readonly docs: number };
}

/** The report in its stable public JSON shape (a plain value, ready for `JSON.stringify`). */
export function toJsonReport(report: Report): JsonReport {
  return {
    verdict: report.verdict,
    mode: report.mode,
    skipReason: report.skipReason ?? null,
    areas: report.areas.map(jsonArea),
    missing: report.missing.map(jsonMissing),
    changelog: {
      path: report.changelog.path,
      required: report.changelog.required,
      updated: report.changelog.updated,
      entry: report.changelog.entry,
    },
    configProblems: report.configProblems.map(jsonConfigProblem),
    notices: [...report.notices],
    stats: { files: report.stats.files, ignored: report.stats.ignored, docs: report.stats.docs },
  };
}

function jsonArea(area: AreaReport): JsonArea {
  return {
    name: area.name,
    description: area.description,
    files: [...area.files],
    satisfied: area.satisfied,
    docs: [...area.docs],
    expected: [...area.expected],
    suggestedDoc: area.suggestedDoc ?? null,
    changes: area.changes.map(jsonChange),
    findings: area.findings.map(jsonFinding),
  };
}

function jsonChange(change: Change): JsonChange {
  return {
    file: change.file,
    line: change.line ?? null,
    kind: change.kind,
    summary: change.summary,
    key: change.key ?? null,
    before: change.before ?? null,
    after: change.after ?? null,
  };
}

function jsonFinding(finding: DocFinding): JsonFinding {
  return {
    file: finding.file,
    line: finding.line ?? null,
    kind: finding.kind,
    message: finding.message,
    suggestion: finding.suggestion ?? null,
  };
}

function jsonMissing(missing: MissingDoc): JsonMissing {
  return { area: missing.area, expected: [...missing.expected], reason: missing.reason };
}

function jsonConfigProblem(problem: ConfigProblem): JsonConfigProblem {
  return {
    file: problem.file,
    ref: problem.ref ?? null,
    line: problem.line ?? null,
    column: problem.column ?? null,
    field: problem.field ?? null,
    message: problem.message,
  };
}
