import { matchGlobs } from '../classify/match-globs.js';
import type { AreaConfig, AreaReport, ChangedFile } from '../types.js';

/**
 * Docs read per area: enough for a dedicated doc, a couple of secondary ones and the README, few
 * enough that a large documentation tree never turns one check into dozens of requests.
 */
export const MAX_DOCS_PER_AREA = 5;

/** The READMEs a repository keeps at its root (Markdown, or rST in Python projects): where settings are most often repeated. */
const ROOT_READMES: readonly string[] = ['README.md', 'README.rst'];

/** Which docs the review reads for one area, and what it checks in each. */
export interface AreaReviewPlan {
  /** Docs the pull request updated that count for the area: their added lines are reviewed. */
  readonly touched: readonly ChangedFile[];
  /** Dedicated docs that must hold the area's `sections`. */
  readonly sectionDocs: readonly string[];
  /** Every doc read, in order: touched docs first. At most `MAX_DOCS_PER_AREA`. */
  readonly scanned: readonly string[];
  /** Docs left unread because of the cap. */
  readonly skipped: readonly string[];
}

/**
 * Whether the review must know which docs the repository keeps: when the pull request updated
 * none of the area's dedicated docs, the review turns to those at head (and the README), which
 * only the file listing can name. When it updated one, the review stays with the docs in the diff.
 */
export function needsRepositoryDocs({ report, area }: { readonly report: AreaReport; readonly area: AreaConfig }): boolean {
  const isDedicated = matchGlobs(area.docs);
  if (report.docs.some(isDedicated)) return false;
  return area.sections.length > 0 || report.changes.length > 0;
}

/** Paths at head: the base's, minus what the pull request removed or renamed away, plus what it added. */
export function headPaths({
  baseFiles,
  files,
}: {
  readonly baseFiles: readonly string[];
  readonly files: readonly ChangedFile[];
}): Set<string> {
  const paths = new Set(baseFiles);
  for (const file of files) {
    if (file.status === 'removed') {
      paths.delete(file.path);
      continue;
    }
    if (file.status === 'renamed' && file.previousPath !== undefined) paths.delete(file.previousPath);
    paths.add(file.path);
  }
  return paths;
}

/**
 * The paths at head a review may read: those a `docs` glob of one of the areas names, and the
 * root READMEs. Filtering the repository's listing once, with the areas' globs together, spares
 * each area a pass over every path of a large repository; `planAreaReview` takes the result as
 * its `existing`. An area whose docs globs are only exclusions names every other path, so then
 * every path is kept.
 */
export function docsAtHead({
  existing,
  areas,
}: {
  readonly existing: ReadonlySet<string>;
  readonly areas: readonly AreaConfig[];
}): Set<string> {
  const positives = areas.map((area) => area.docs.filter((glob) => !glob.startsWith('!')));
  if (areas.some((area, index) => area.docs.length > 0 && positives[index]?.length === 0)) return new Set(existing);
  const mayBeDoc = matchGlobs(positives.flat());
  const docs = new Set<string>();
  for (const path of existing) if (mayBeDoc(path) || ROOT_READMES.includes(path)) docs.add(path);
  return docs;
}

/** The dedicated docs that exist, in the order of the globs that name them (the config's preference). */
function dedicatedAtHead({ area, existing }: { readonly area: AreaConfig; readonly existing: ReadonlySet<string> }): string[] {
  const isDedicated = matchGlobs(area.docs);
  const positive = area.docs.filter((glob) => !glob.startsWith('!')).map((glob) => matchGlobs([glob]));
  const rank = (path: string): number => positive.findIndex((matches) => matches(path));
  return [...existing].filter(isDedicated).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Plans one area's review. Docs the pull request updated for the area are always reviewed.
 * When none of them is a dedicated doc, and `existing` (the paths at head) is known, the
 * dedicated docs the repository keeps are read too, the first of them (by glob order) checked
 * for sections, and the root README scanned for stale values. The changelog is never reviewed:
 * old values are its point.
 */
export function planAreaReview({
  report,
  area,
  files,
  changelogPath,
  existing,
}: {
  readonly report: AreaReport;
  readonly area: AreaConfig;
  readonly files: ReadonlyMap<string, ChangedFile>;
  readonly changelogPath: string;
  /** The paths at head, or those of them that may be docs (see `docsAtHead`); undefined when not needed. */
  readonly existing: ReadonlySet<string> | undefined;
}): AreaReviewPlan {
  const isDedicated = matchGlobs(area.docs);
  const touched = report.docs.filter((path) => path !== changelogPath).flatMap((path) => files.get(path) ?? []);
  const touchedDedicated = touched.map((file) => file.path).filter(isDedicated);
  let sectionDocs = touchedDedicated;
  let others: string[] = [];
  if (touchedDedicated.length === 0 && existing !== undefined) {
    const dedicated = dedicatedAtHead({ area, existing });
    sectionDocs = dedicated.slice(0, 1);
    others = [...dedicated, ...ROOT_READMES.filter((path) => existing.has(path))];
  }
  const all = [...new Set([...touched.map((file) => file.path), ...others])].filter((path) => path !== changelogPath);
  const scanned = all.slice(0, MAX_DOCS_PER_AREA);
  return {
    touched,
    sectionDocs: sectionDocs.filter((path) => scanned.includes(path)),
    scanned,
    skipped: all.slice(MAX_DOCS_PER_AREA),
  };
}
