import { parsePatch } from '../diff/parse-patch.js';
import type { Change, ChangedFile, ContentSource, ParsedPatch } from '../types.js';
import { finalizeChanges } from './finalize-changes.js';
import { guardSource } from './guard-source.js';
import type { InspectInput, Inspector } from './inspector.js';
import { artefact } from './inspectors/artefact.js';
import { INSPECTORS } from './inspectors.js';
import { makeChange } from './make-change.js';
import { ReadBudgetExceeded, refuseNow } from './read-budget.js';
import { isUnchangedContent } from './unchanged-content.js';

/** The first inspector that understands the file under its path or, when renamed, its previous one. */
function pickInspector(file: ChangedFile): Inspector | undefined {
  if (file.binary === true) return artefact;
  // A plain loop: every changed file meets every inspector, and a path array and a closure per
  // inspector would be built for nothing.
  const { path, previousPath } = file;
  for (const inspector of INSPECTORS) {
    if (inspector.matches(path) || (previousPath !== undefined && inspector.matches(previousPath))) return inspector;
  }
  return undefined;
}

function pastBudget(file: ChangedFile): Change {
  const summary = `\`${file.path}\` not inspected: past the pull request's budget of files whose contents are read`;
  return makeChange({ file: file.path, kind: 'not-inspected', summary });
}

/**
 * Reads what changed inside one file the way an ML reviewer would (hyperparameters, dataset
 * versions, images, dependencies, touched functions). Reads base/head content only when the
 * patch alone cannot tell, and never for binary files or files no inspector understands.
 *
 * Malformed content becomes a `parse-error` change rather than an exception; a failure of the
 * source itself (the door could not read the file) is rethrown, since it says nothing about the PR.
 *
 * `patch` is the file's parsed patch when the caller has it; otherwise `file.patch` is parsed
 * here when an inspector first asks for it, and never for one that reads both sides first.
 */
export async function inspectFile({
  file,
  patch: parsed,
  source,
}: {
  readonly file: ChangedFile;
  readonly patch?: ParsedPatch | undefined;
  readonly source: ContentSource;
}): Promise<Change[]> {
  const inspector = pickInspector(file);
  if (inspector === undefined) return [];
  // A pure rename of a checkpoint is still worth naming; a pure rename of a config says nothing.
  if (isUnchangedContent(file) && inspector !== artefact) return [];
  // Past the budget, an inspector that reads first would only be refused: the refusal is
  // counted without running it (and without a rejection unwinding through its steps).
  if (inspector.readsFirst === true && refuseNow(source)) return [pastBudget(file)];
  const guarded = guardSource({ file, source });
  // Parsed on first use: an inspector that walks the patch text itself never builds its lines.
  let patch = parsed;
  const input: InspectInput = {
    file,
    source: guarded.source,
    get patch() {
      if (patch === undefined && inspector.readsFirst !== true && file.patch !== undefined) patch = parsePatch(file.patch);
      return patch;
    },
  };
  try {
    const changes = await inspector.inspect(input);
    return finalizeChanges({ file: file.path, changes });
  } catch (error) {
    if (error instanceof ReadBudgetExceeded) return [pastBudget(file)];
    if (guarded.isReadFailure(error)) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    const summary = `could not inspect \`${file.path}\` (${inspector.name}): ${reason}`;
    return [makeChange({ file: file.path, kind: 'not-inspected', summary })];
  }
}
