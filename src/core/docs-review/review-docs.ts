import { matchGlobs } from '../classify/match-globs.js';
import { hasContentChange } from '../requirements/has-content-change.js';
import type { AreaConfig, AreaReport, ChangedFile, Config, ContentSource, DocFinding, MissingDoc } from '../types.js';
import { applyStrict } from './apply-strict.js';
import { outlineDoc } from './outline-doc.js';
import { docsAtHead, headPaths, needsRepositoryDocs, planAreaReview } from './plan-area-review.js';
import { reviewArea, type LoadedDoc } from './review-area.js';
import { repoPath } from '../repo-path.js';

/** Largest doc the review reads (1 MiB): anything bigger is generated output, not prose someone keeps up to date. */
export const MAX_DOC_BYTES = 1024 * 1024;

/** A UTF-8 character takes at most this many bytes: below `MAX_DOC_BYTES / 4` characters no count is needed. */
const MAX_BYTES_PER_CHAR = 4;

/** How a model card is usually named, whatever the config calls the model area. */
const MODEL_CARD_NAME = /(^|\/)model[-_]?card[^/]*\.md$/i;

function byteLength(text: string): number {
  return text.length * MAX_BYTES_PER_CHAR <= MAX_DOC_BYTES ? text.length : new TextEncoder().encode(text).length;
}

async function loadDoc({
  source,
  path,
}: {
  readonly source: Pick<ContentSource, 'readFile'>;
  readonly path: string;
}): Promise<LoadedDoc> {
  let text: string | undefined;
  try {
    text = await source.readFile('head', path);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`Could not read ${path} to review it: ${message}`, { cause: error });
  }
  if (text === undefined) return { state: 'absent' };
  if (byteLength(text) > MAX_DOC_BYTES) return { state: 'too-large', limit: '1 MiB' };
  return { state: 'read', ...outlineDoc({ path, text }) };
}

const compareFindings = (a: DocFinding, b: DocFinding): number =>
  (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || (a.line ?? 0) - (b.line ?? 0);

/**
 * The documentation review: checks that the docs cover the change, and attaches what it finds
 * to each area's `findings` (sorted by file and line). Per area it reads, at head, the docs the
 * pull request updated for it, or when it updated none of the area's dedicated docs, the
 * dedicated docs the repository keeps and its root README (at most `MAX_DOCS_PER_AREA`, each at
 * most `MAX_DOC_BYTES`, each read once whatever the number of areas). It checks the area's
 * `sections`, `mention-changes`, model card metadata, placeholders in added lines and stale
 * values. A finding shared by several areas (one README, one params file in two areas) is
 * listed under the first. Areas set `strict` fail on their blocking findings (see `applyStrict`).
 *
 * @param baseFiles the base's file list, shared with the requirements step so the repository is
 *   listed at most once per pull request; called only when an area needs the docs at head.
 * @throws Error naming the doc when the source cannot read it.
 */
export async function reviewDocs({
  areas,
  missing,
  files,
  config,
  source,
  baseFiles,
}: {
  readonly areas: readonly AreaReport[];
  readonly missing: readonly MissingDoc[];
  readonly files: readonly ChangedFile[];
  readonly config: Pick<Config, 'areas' | 'changelog'>;
  readonly source: Pick<ContentSource, 'readFile'>;
  readonly baseFiles: () => Promise<readonly string[]>;
}): Promise<{ areas: AreaReport[]; missing: MissingDoc[] }> {
  const settings = areas.map((report) => {
    const area: AreaConfig | undefined = config.areas[report.name];
    if (area === undefined) throw new Error(`Area ${JSON.stringify(report.name)} was reported but is not in the config.`);
    return { report, area, wantsRepositoryDocs: needsRepositoryDocs({ report, area }) };
  });
  const wanting = settings.filter((entry) => entry.wantsRepositoryDocs).map((entry) => entry.area);
  const existing =
    wanting.length > 0 ? docsAtHead({ existing: headPaths({ baseFiles: await baseFiles(), files }), areas: wanting }) : undefined;
  const changed = new Map(files.filter(hasContentChange).map((file) => [file.path, file]));
  const matchesModelDocs = matchGlobs(config.areas['model']?.docs ?? []);
  const isModelCard = (path: string): boolean => matchesModelDocs(path) || MODEL_CARD_NAME.test(path);
  const loads = new Map<string, Promise<LoadedDoc>>();
  const load = (path: string): Promise<LoadedDoc> => {
    let loaded = loads.get(path);
    if (loaded === undefined) {
      loaded = loadDoc({ source, path });
      loads.set(path, loaded);
    }
    return loaded;
  };

  const ownFindings = new Map<string, DocFinding[]>();
  for (const { report, area, wantsRepositoryDocs } of settings) {
    const plan = planAreaReview({
      report,
      area,
      files: changed,
      changelogPath: repoPath(config.changelog.path),
      existing: wantsRepositoryDocs ? existing : undefined,
    });
    const docs = new Map(await Promise.all(plan.scanned.map(async (path) => [path, await load(path)] as const)));
    ownFindings.set(report.name, reviewArea({ report, area, plan, docs, isModelCard }).sort(compareFindings));
  }

  const listed = new Set<string>();
  const reviewed = areas.map((report) => ({
    ...report,
    findings: (ownFindings.get(report.name) ?? []).filter((finding) => {
      const key = JSON.stringify([finding.file, finding.line, finding.kind, finding.message]);
      if (listed.has(key)) return false;
      listed.add(key);
      return true;
    }),
  }));
  return applyStrict({
    areas: reviewed,
    missing,
    findings: ownFindings,
    isStrict: (name) => config.areas[name]?.strict === true,
  });
}
