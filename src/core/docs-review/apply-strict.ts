import { codeSpan } from '../report/escape/code-span.js';
import type { AreaReport, DocFinding, MissingDoc } from '../types.js';
import { isBlockingFindingKind } from './finding-kinds.js';

/** Findings a reason names before it counts the rest: it must stay readable in one line. */
const MAX_NAMED_FINDINGS = 3;

const KIND_WORDS: Readonly<Record<string, string>> = {
  'unmentioned-change': 'unmentioned change',
  'invalid-metadata': 'invalid model card metadata',
  placeholder: 'placeholder',
  'stale-value': 'stale value',
};

/** "stale value at `MODEL_CARD.md:14`", "missing section `Limitations` in `MODEL_CARD.md`" */
function brief(finding: DocFinding): string {
  if (finding.kind === 'missing-section') {
    const heading = (finding.suggestion ?? '').replace(/^#+\s*/, '');
    return `missing section ${codeSpan(heading)} in ${codeSpan(finding.file)}`;
  }
  const where = finding.line === undefined ? finding.file : `${finding.file}:${finding.line}`;
  return `${KIND_WORDS[finding.kind] ?? finding.kind} ${finding.line === undefined ? 'in' : 'at'} ${codeSpan(where)}`;
}

function strictReason({ area, findings }: { readonly area: string; readonly findings: readonly DocFinding[] }): string {
  const named = findings.slice(0, MAX_NAMED_FINDINGS).map(brief);
  const rest = findings.length - named.length;
  const list = rest > 0 ? `${named.join('; ')}; and ${rest} more` : named.join('; ');
  const count = `${findings.length} doc finding${findings.length === 1 ? '' : 's'}`;
  return `The ${codeSpan(area)} area is strict and its docs have ${count} to fix: ${list}.`;
}

/**
 * Applies `strict: true`: an area whose review found blocking findings (see
 * `BLOCKING_FINDING_KINDS`) is not satisfied, and its missing-doc entry names them, joining the
 * reason it already had when its doc was missing too. Other entries (the changelog) keep their
 * place after the areas.
 *
 * @param findings each area's own findings, before findings shared by several areas are listed once.
 */
export function applyStrict({
  areas,
  missing,
  findings,
  isStrict,
}: {
  readonly areas: readonly AreaReport[];
  readonly missing: readonly MissingDoc[];
  readonly findings: ReadonlyMap<string, readonly DocFinding[]>;
  readonly isStrict: (area: string) => boolean;
}): { areas: AreaReport[]; missing: MissingDoc[] } {
  const names = new Set(areas.map((area) => area.name));
  const result: { areas: AreaReport[]; missing: MissingDoc[] } = { areas: [], missing: [] };
  for (const area of areas) {
    const existing = missing.find((entry) => entry.area === area.name);
    const blocking = isStrict(area.name)
      ? (findings.get(area.name) ?? []).filter((finding) => isBlockingFindingKind(finding.kind))
      : [];
    if (blocking.length === 0) {
      result.areas.push(area);
      if (existing !== undefined) result.missing.push(existing);
      continue;
    }
    const reason = strictReason({ area: area.name, findings: blocking });
    result.areas.push({ ...area, satisfied: false });
    result.missing.push(
      existing === undefined
        ? { area: area.name, expected: [...new Set(blocking.map((finding) => finding.file))], reason }
        : { ...existing, reason: `${existing.reason} ${reason}` },
    );
  }
  result.missing.push(...missing.filter((entry) => !names.has(entry.area)));
  return result;
}
