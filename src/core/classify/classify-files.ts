import type { ChangedFile, Config } from '../types.js';
import { matchGlobs } from './match-globs.js';

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

/** Every path a file has: a rename or copy counts under its old path as well as its new one. */
export function pathsOf(file: ChangedFile): string[] {
  return file.previousPath !== undefined && file.previousPath !== file.path ? [file.path, file.previousPath] : [file.path];
}

/**
 * Sorts changed files into ignored, docs and areas, in that order of precedence: an ignored
 * path counts for nothing, a doc path never triggers an area, and a remaining path triggers
 * every area whose `paths` it matches. Doc paths are the config's `docs` plus every area's
 * `docs` and `fallbackDocs`, so a `data/README.md` never triggers the `data` area it documents.
 * A renamed file is judged on both its paths: it is ignored only when both are ignored, a doc
 * only when both are docs (moving code into `docs/` still changes the code's area).
 */
export function classifyFiles({
  files,
  config,
}: {
  readonly files: readonly ChangedFile[];
  readonly config: Pick<Config, 'areas' | 'ignore' | 'docs'>;
}): Classification {
  const isIgnored = matchGlobs(config.ignore);
  const areaEntries = Object.entries(config.areas);
  const isDoc = matchGlobs([...config.docs, ...areaEntries.flatMap(([, area]) => [...area.docs, ...area.fallbackDocs])]);
  const areaMatchers = areaEntries.map(([name, area]) => ({ name, matches: matchGlobs(area.paths), files: [] as ChangedFile[] }));
  const classification: Classification = { areas: [], docs: [], ignored: [], other: [] };

  for (const file of files) {
    const live = pathsOf(file).filter((path) => !isIgnored(path));
    if (live.length === 0) {
      classification.ignored.push(file);
      continue;
    }
    const code = live.filter((path) => !isDoc(path));
    if (code.length === 0) {
      classification.docs.push(file);
      continue;
    }
    let triggered = false;
    for (const area of areaMatchers) {
      if (code.some(area.matches)) {
        area.files.push(file);
        triggered = true;
      }
    }
    if (!triggered) classification.other.push(file);
  }
  for (const area of areaMatchers) {
    if (area.files.length > 0) classification.areas.push({ name: area.name, files: area.files });
  }
  return classification;
}
