import type { Classification } from './classify/classify-files.js';
import { contentCandidates, triggerByContent } from './classify/trigger-by-content.js';
import { parsePatch } from './diff/parse-patch.js';
import { inspectFile, refuseReads } from './inspect/index.js';
import type { Change, ChangedFile, Config, ContentSource } from './types.js';

/**
 * Files inspected at once: inspection may read contents through the door (one request each),
 * so a bounded burst keeps large PRs fast without tripping GitHub's secondary rate limits.
 */
const INSPECT_CONCURRENCY = 8;

/** Every file that triggered an area, once, in diff order. */
function triggeringFiles(classification: Classification): ChangedFile[] {
  return [...new Set(classification.areas.flatMap((area) => area.files))];
}

/**
 * Inspects each file once. Each patch is parsed just before its file is inspected and dropped
 * after: the parsed lines of a large PR are never all in memory at once. Only the first
 * `readBudget` files (in diff order, so the same files on every push) may read contents; the
 * others are judged from their patch, and `unread` counts those that wanted more.
 */
async function inspectFiles({
  files,
  source,
  readBudget,
}: {
  readonly files: readonly ChangedFile[];
  readonly source: ContentSource;
  readonly readBudget: number;
}): Promise<{ found: Map<ChangedFile, readonly Change[]>; unread: number }> {
  const found = new Map<ChangedFile, readonly Change[]>();
  let unread = 0;
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const index = next++;
      const file = files[index] as ChangedFile;
      try {
        const patch = file.patch === undefined ? undefined : parsePatch(file.patch);
        const refusing = index < readBudget ? undefined : refuseReads(source);
        found.set(file, await inspectFile({ file, patch, source: refusing ?? source }));
        if (refusing?.refused() === true) unread += 1;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new Error(`Could not inspect ${file.path}: ${message}`, { cause: error });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(INSPECT_CONCURRENCY, files.length) }, worker));
  return { found, unread };
}

/**
 * What changed in each area, and which areas the files trigger once their content is known: the
 * classification by path, plus the files an area takes only when their inspection finds the
 * right kind of change.
 */
export async function inspectAreas({
  byPath,
  config,
  source,
  readBudget,
}: {
  readonly byPath: Classification;
  readonly config: Config;
  readonly source: ContentSource;
  readonly readBudget: number;
}): Promise<{ classification: Classification; changes: Map<string, Change[]>; notices: string[] }> {
  const candidates = contentCandidates({ classification: byPath, areas: config.areas });
  const files = [...triggeringFiles(byPath), ...candidates.keys()];
  const { found, unread } = await inspectFiles({ files, source, readBudget });
  const { classification, byArea } = triggerByContent({
    classification: byPath,
    candidates,
    inspected: found,
    areas: config.areas,
  });
  const notices =
    unread === 0
      ? []
      : [
          `${unread} of the ${files.length} inspected files were judged from their patch alone: contents are read for the first ${readBudget} files of a pull request.`,
        ];
  return { classification, changes: byArea, notices };
}
