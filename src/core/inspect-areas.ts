import { type Classification, classificationBuilder } from './classify/classify-files.js';
import { fileClassifier } from './classify/file-classifier.js';
import { triggerByContent } from './classify/trigger-by-content.js';
import { inspectFile, refuseReads } from './inspect/index.js';
import type { Change, ChangedFile, Config, ContentSource } from './types.js';

/**
 * Files inspected at once: inspection may read contents through the door (one request each),
 * so a bounded burst keeps large PRs fast without tripping GitHub's secondary rate limits.
 */
const INSPECT_CONCURRENCY = 8;

/** The changed files as a door hands them over: all at once, or one by one while they are read. */
export type ChangedFiles = Iterable<ChangedFile> | AsyncIterable<ChangedFile>;

/** What `inspectAreas` learnt from the files. */
export interface Inspection {
  /** Every changed file, in the order the door gave them. */
  readonly files: ChangedFile[];
  /** The classification by path alone. */
  readonly byPath: Classification;
  /** The classification once content has spoken (see `triggerByContent`). */
  readonly classification: Classification;
  /** What changed, per triggered area. */
  readonly changes: Map<string, Change[]>;
  readonly notices: string[];
}

/**
 * Sorts the files into areas as they arrive and inspects each one that triggers an area, or may
 * by its content, at once: a door that reads the diff while git writes it gets the inspection
 * done by the time the diff ends. Each patch is parsed (if its inspector reads patches) just
 * before its file is inspected and dropped after, so the parsed lines of a large PR are never all
 * in memory at once. Only the first `readBudget` inspected files (in diff order, so the same
 * files on every push) may read contents; the others are judged from their patch, and a notice
 * counts those that wanted more.
 * With `inspect: false` (a skipped pull request) the files are only sorted.
 */
export async function inspectAreas({
  files,
  config,
  source,
  readBudget,
  inspect,
}: {
  readonly files: ChangedFiles;
  readonly config: Config;
  readonly source: ContentSource;
  readonly readBudget: number;
  readonly inspect: boolean;
}): Promise<Inspection> {
  const classify = fileClassifier(config);
  const builder = classificationBuilder(Object.keys(config.areas));
  const all: ChangedFile[] = [];
  const candidates = new Map<ChangedFile, readonly string[]>();
  const inspector = inspectionPool({ source, readBudget });
  for await (const file of files) {
    all.push(file);
    const place = classify(file);
    builder.add(file, place);
    if (!inspect) continue;
    if (place.kind === 'other' && place.contentAreas.length > 0) candidates.set(file, place.contentAreas);
    if (place.kind === 'area' || candidates.has(file)) await inspector.add(file);
  }
  const { found, inspected, unread } = await inspector.finish();
  const byPath = builder.build();
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
          `${unread} of the ${inspected} inspected files were judged from their patch alone: contents are read for the first ${readBudget} files of a pull request.`,
        ];
  return { files: all, byPath, classification, changes: byArea, notices };
}

/**
 * Inspects files as they are added, at most `INSPECT_CONCURRENCY` at a time: `add` waits for a
 * free slot, which holds back a door that produces files faster than they are inspected. The
 * first failure is rethrown by the next `add`, or by `finish` once every started inspection has
 * settled; each inspection catches its own failure, so none is left unobserved.
 */
function inspectionPool({ source, readBudget }: { readonly source: ContentSource; readonly readBudget: number }) {
  const found = new Map<ChangedFile, readonly Change[]>();
  const running = new Set<Promise<void>>();
  let started = 0;
  let unread = 0;
  let failure: { readonly error: unknown } | undefined;
  const inspectOne = async (file: ChangedFile, mayRead: boolean): Promise<void> => {
    try {
      const refusing = mayRead ? undefined : refuseReads(source);
      found.set(file, await inspectFile({ file, source: refusing ?? source }));
      if (refusing?.refused() === true) unread += 1;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      failure ??= { error: new Error(`Could not inspect ${file.path}: ${message}`, { cause: error }) };
    }
  };
  const rethrow = (): void => {
    if (failure !== undefined) throw failure.error;
  };
  return {
    async add(file: ChangedFile): Promise<void> {
      rethrow();
      const task: Promise<void> = inspectOne(file, started < readBudget).finally(() => running.delete(task));
      started += 1;
      running.add(task);
      if (running.size >= INSPECT_CONCURRENCY) await Promise.race(running);
      rethrow();
    },
    async finish(): Promise<{ found: Map<ChangedFile, readonly Change[]>; inspected: number; unread: number }> {
      await Promise.all(running);
      rethrow();
      return { found, inspected: started, unread };
    },
  };
}
