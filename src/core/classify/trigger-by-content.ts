import type { AreaConfig, Change, ChangedFile } from '../types.js';
import type { Classification } from './classify-files.js';

/**
 * Files that trigger no area by path but may by content (an area's `content.paths`), each with
 * the areas that would take it: they are inspected like the triggering files, and trigger those
 * areas only if `triggerByContent` finds the right changes.
 */
export type ContentCandidates = ReadonlyMap<ChangedFile, readonly string[]>;

/**
 * The classification once inspection has spoken: a candidate joins each area whose
 * `content.kinds` its changes include, carrying only those changes (a `pyproject.toml` that bumps
 * `torch` and retunes `ruff` is a pipeline change about `torch`). Candidates without such a
 * change stay in `other`. Areas keep config order.
 */
export function triggerByContent({
  classification,
  candidates,
  inspected,
  areas,
}: {
  readonly classification: Classification;
  readonly candidates: ContentCandidates;
  readonly inspected: ReadonlyMap<ChangedFile, readonly Change[]>;
  readonly areas: Readonly<Record<string, AreaConfig>>;
}): { classification: Classification; byArea: Map<string, Change[]> } {
  const joined = new Map<string, ChangedFile[]>();
  const contentChanges = new Map<string, Change[]>();
  const promoted = new Set<ChangedFile>();
  for (const [file, names] of candidates) {
    for (const name of names) {
      const kinds = new Set(areas[name]?.content?.kinds ?? []);
      const relevant = (inspected.get(file) ?? []).filter((change) => kinds.has(change.kind));
      if (relevant.length === 0) continue;
      promoted.add(file);
      joined.set(name, [...(joined.get(name) ?? []), file]);
      contentChanges.set(name, [...(contentChanges.get(name) ?? []), ...relevant]);
    }
  }
  const byPath = new Map(classification.areas.map((area) => [area.name, area.files]));
  const names = Object.keys(areas).filter((name) => byPath.has(name) || joined.has(name));
  const merged: Classification = {
    ...classification,
    areas: names.map((name) => ({ name, files: [...(byPath.get(name) ?? []), ...(joined.get(name) ?? [])] })),
    other: classification.other.filter((file) => !promoted.has(file)),
  };
  const byArea = new Map(
    merged.areas.map((area) => [
      area.name,
      [...(byPath.get(area.name) ?? []).flatMap((file) => inspected.get(file) ?? []), ...(contentChanges.get(area.name) ?? [])],
    ]),
  );
  return { classification: merged, byArea };
}
