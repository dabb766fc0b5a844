import type { ChangedFile, Config } from '../types.js';
import { matchGlobs } from './match-globs.js';

/** Where one changed file belongs; see `fileClassifier` for the order of precedence. */
export type FileClass =
  | { readonly kind: 'ignored' }
  | { readonly kind: 'doc' }
  /** Triggers these areas by path, in config order. */
  | { readonly kind: 'area'; readonly areas: readonly string[] }
  /** Triggers nothing by path; `contentAreas` may take it if its changes are of the right kind. */
  | { readonly kind: 'other'; readonly contentAreas: readonly string[] };

/** Every path a file has: a rename or copy counts under its old path as well as its new one. */
export function pathsOf(file: ChangedFile): string[] {
  return file.previousPath !== undefined && file.previousPath !== file.path ? [file.path, file.previousPath] : [file.path];
}

const IGNORED: FileClass = { kind: 'ignored' };
const DOC: FileClass = { kind: 'doc' };

/**
 * Compiles the config's globs once into a function that places one changed file, so files can
 * be sorted as they arrive. Precedence: an ignored path counts for nothing, a doc path never
 * triggers an area, and a remaining path triggers every area whose `paths` it matches. Doc paths
 * are the config's `docs` plus every area's `docs` and `fallbackDocs`, so a `data/README.md`
 * never triggers the `data` area it documents. A renamed file is judged on both its paths: it is
 * ignored only when both are ignored, a doc only when both are docs (moving code into `docs/`
 * still changes the code's area). A file that triggers nothing is a content candidate of every
 * area whose `content.paths` it matches.
 *
 * @throws GlobError when a pattern of the config cannot be compiled.
 */
export function fileClassifier(config: Pick<Config, 'areas' | 'ignore' | 'docs'>): (file: ChangedFile) => FileClass {
  const isIgnored = matchGlobs(config.ignore);
  const areaEntries = Object.entries(config.areas);
  const isDoc = matchGlobs([...config.docs, ...areaEntries.flatMap(([, area]) => [...area.docs, ...area.fallbackDocs])]);
  const byPath = areaEntries.map(([name, area]) => ({ name, matches: matchGlobs(area.paths) }));
  const byContent = areaEntries.flatMap(([name, area]) =>
    area.content === undefined ? [] : [{ name, matches: matchGlobs(area.content.paths) }],
  );
  return (file) => {
    const all = pathsOf(file);
    const live = all.filter((path) => !isIgnored(path));
    if (live.length === 0) return IGNORED;
    const code = live.filter((path) => !isDoc(path));
    if (code.length === 0) return DOC;
    const areas = byPath.filter((area) => code.some(area.matches)).map((area) => area.name);
    if (areas.length > 0) return { kind: 'area', areas };
    return { kind: 'other', contentAreas: byContent.filter((area) => all.some(area.matches)).map((area) => area.name) };
  };
}
