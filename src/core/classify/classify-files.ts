import type { ChangedFile, Config } from '../types.js';
import { type FileClass, fileClassifier } from './file-classifier.js';

export { pathsOf } from './file-classifier.js';

/** The files of a pull request sorted by what they mean for its documentation. */
export interface Classification {
  /** Areas with at least one triggering file, in config order. A file may be in several. */
  readonly areas: { readonly name: string; readonly files: ChangedFile[] }[];
  /** Documentation files: they can satisfy requirements and never trigger an area. */
  readonly docs: ChangedFile[];
  /** Files every one of whose paths is ignored. */
  readonly ignored: ChangedFile[];
  /** Files that are neither ignored, docs, nor in any area. */
  readonly other: ChangedFile[];
}

/** Collects files one at a time, as `fileClassifier` placed them, into a `Classification`. */
export interface ClassificationBuilder {
  add(file: ChangedFile, place: FileClass): void;
  /** The classification so far; areas in the order of `areaNames`. */
  build(): Classification;
}

/** A `ClassificationBuilder` for a config whose areas are `areaNames`, in config order. */
export function classificationBuilder(areaNames: readonly string[]): ClassificationBuilder {
  const byArea = new Map(areaNames.map((name) => [name, [] as ChangedFile[]]));
  const docs: ChangedFile[] = [];
  const ignored: ChangedFile[] = [];
  const other: ChangedFile[] = [];
  return {
    add(file, place) {
      if (place.kind === 'ignored') ignored.push(file);
      else if (place.kind === 'doc') docs.push(file);
      else if (place.kind === 'other') other.push(file);
      else for (const name of place.areas) byArea.get(name)?.push(file);
    },
    build: () => ({
      areas: [...byArea].filter(([, files]) => files.length > 0).map(([name, files]) => ({ name, files })),
      docs,
      ignored,
      other,
    }),
  };
}

/**
 * Sorts changed files into ignored, docs and areas (see `fileClassifier` for the order of
 * precedence and how renames count).
 */
export function classifyFiles({
  files,
  config,
}: {
  readonly files: readonly ChangedFile[];
  readonly config: Pick<Config, 'areas' | 'ignore' | 'docs'>;
}): Classification {
  const classify = fileClassifier(config);
  const builder = classificationBuilder(Object.keys(config.areas));
  for (const file of files) builder.add(file, classify(file));
  return builder.build();
}
