import { pathsOf, type Classification } from '../classify/classify-files.js';
import { matchGlobs } from '../classify/match-globs.js';
import { codeSpan } from '../report/escape/code-span.js';
import type { AreaConfig, AreaReport, Change, ChangedFile, Config, ContentSource, MissingDoc } from '../types.js';
import { explainMissing } from './explain-missing.js';
import { hasContentChange } from './has-content-change.js';
import { lazyBaseFiles } from './lazy-base-files.js';
import { repoPath } from '../repo-path.js';

export interface RequirementsResult {
  readonly areas: AreaReport[];
  readonly missing: MissingDoc[];
  readonly changelogUpdated: boolean;
}

interface Candidates {
  /** Doc files whose content changed: they can satisfy an area. */
  readonly updated: readonly ChangedFile[];
  /** Doc files in the diff that changed no content (deleted, pure renames). */
  readonly unchanged: readonly ChangedFile[];
}

/**
 * Ignored files count as candidates too: `ignore` means "never triggers", and a user who ignores
 * `**\/*.md` to keep prose from triggering areas still documents in Markdown.
 */
function docCandidates(classification: Classification): Candidates {
  const files = [...classification.docs, ...classification.ignored];
  return { updated: files.filter(hasContentChange), unchanged: files.filter((file) => !hasContentChange(file)) };
}

function allFiles(classification: Classification): ChangedFile[] {
  const files = new Set<ChangedFile>([...classification.docs, ...classification.ignored, ...classification.other]);
  for (const area of classification.areas) for (const file of area.files) files.add(file);
  return [...files];
}

async function checkArea({
  name,
  files,
  area,
  candidates,
  baseFiles,
  changes,
}: {
  readonly name: string;
  readonly files: readonly ChangedFile[];
  readonly area: AreaConfig;
  readonly candidates: Candidates;
  readonly baseFiles: () => Promise<readonly string[]>;
  readonly changes: readonly Change[];
}): Promise<{ report: AreaReport; missing?: MissingDoc }> {
  const isDedicated = matchGlobs(area.docs);
  const dedicated = candidates.updated.filter((file) => isDedicated(file.path));
  let accepted = dedicated;
  let expected: readonly string[] = area.docs;
  let suggestedDoc: string | undefined;
  let ignoredFallback: ChangedFile[] = [];
  const mayFallBack = area.fallbackDocs.length > 0 || area.template !== undefined;
  if (dedicated.length === 0 && mayFallBack) {
    const isFallback = matchGlobs(area.fallbackDocs);
    const keepsDedicated = (await baseFiles()).some(isDedicated);
    const fallback = candidates.updated.filter((file) => isFallback(file.path));
    if (keepsDedicated) {
      ignoredFallback = fallback;
    } else {
      accepted = fallback;
      expected = [...area.docs, ...area.fallbackDocs];
      suggestedDoc = area.template;
    }
  }
  const report: AreaReport = {
    name,
    description: area.description,
    files: files.map((file) => file.path),
    satisfied: accepted.length > 0,
    docs: accepted.map((file) => file.path),
    expected,
    changes,
    findings: [],
    ...(suggestedDoc === undefined ? {} : { suggestedDoc }),
  };
  if (report.satisfied) return { report };
  const isExpected = matchGlobs(expected);
  const reason = explainMissing({
    area: name,
    triggering: files,
    matchingButUnchanged: candidates.unchanged.filter((file) => pathsOf(file).some(isExpected)),
    ignoredFallback,
    suggestedDoc,
    hasGlobs: expected.length > 0,
  });
  return { report, missing: { area: name, expected, reason } };
}

/**
 * Decides, for each triggered area, whether the pull request updated a doc that documents it,
 * and whether it updated the changelog. An area is satisfied by an added or edited file matching
 * its `docs`; while the repository keeps none of those at base, its `fallbackDocs` count too and
 * its `template` is suggested. The changelog is required when any area triggered and
 * `changelog.required` is set.
 *
 * @param changes what inspection found, per area name.
 * @param baseFiles the base's file list when the caller shares it with later steps (see
 *   `lazyBaseFiles`); listed from `source`, at most once and only when needed, otherwise.
 * @throws Error when the classification names an area the config does not define.
 */
export async function checkRequirements({
  classification,
  config,
  source,
  changes,
  baseFiles = lazyBaseFiles(source),
}: {
  readonly classification: Classification;
  readonly config: Pick<Config, 'areas' | 'changelog'>;
  readonly source: Pick<ContentSource, 'listFiles'>;
  readonly changes: ReadonlyMap<string, readonly Change[]>;
  readonly baseFiles?: () => Promise<readonly string[]>;
}): Promise<RequirementsResult> {
  const candidates = docCandidates(classification);
  const areas: AreaReport[] = [];
  const missing: MissingDoc[] = [];
  for (const { name, files } of classification.areas) {
    const area = config.areas[name];
    if (area === undefined) throw new Error(`Area ${JSON.stringify(name)} was classified but is not in the config.`);
    const result = await checkArea({ name, files, area, candidates, baseFiles, changes: changes.get(name) ?? [] });
    areas.push(result.report);
    if (result.missing !== undefined) missing.push(result.missing);
  }
  const { path, required } = config.changelog;
  const changelogPath = repoPath(path);
  const changelogUpdated = allFiles(classification).some((file) => file.path === changelogPath && hasContentChange(file));
  if (areas.length > 0 && required && !changelogUpdated) {
    missing.push({
      area: 'changelog',
      expected: [path],
      reason: `${codeSpan(path)} was not updated: add an entry for this change (this report generates one).`,
    });
  }
  return { areas, missing, changelogUpdated };
}
