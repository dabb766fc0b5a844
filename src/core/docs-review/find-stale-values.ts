import { codeSpan } from '../report/escape/code-span.js';
import type { Change, DocFinding } from '../types.js';
import { changeLabel, changeNames, valuePairs, type ValuePair } from './change-names.js';
import { headingWords } from './heading-match.js';
import { sectionTrail, type MarkdownOutline } from './markdown-outline.js';
import { namePattern, spansOf, valuePattern, type Span } from './token-match.js';

/** Sections that record the past on purpose: an old value there is history, not staleness. */
const HISTORY_WORDS = new Set(['version', 'history', 'changelog', 'change', 'release']);

interface CompiledPair extends ValuePair {
  readonly old: RegExp;
  readonly new: RegExp;
}

/** A change that has old and new values, with its patterns compiled once for the whole doc. */
interface Candidate {
  readonly change: Change;
  readonly label: string;
  readonly names: readonly RegExp[];
  readonly pairs: readonly CompiledPair[];
}

interface Edit extends Span {
  readonly candidate: Candidate;
  readonly pair: CompiledPair;
}

const defined = <T>(value: T | undefined): value is T => value !== undefined;

/**
 * The changes this doc could show stale, with their patterns. A change whose old values appear
 * nowhere in the doc is dropped before any pattern is compiled: a large PR has thousands of
 * changes and a doc mentions a handful.
 */
function candidatesOf({ changes, text }: { readonly changes: readonly Change[]; readonly text: string }): Candidate[] {
  return changes.flatMap((change) => {
    const all = valuePairs(change);
    if (!all.some((pair) => pair.before !== '' && text.includes(pair.before))) return [];
    const names = changeNames(change);
    const pairs = all.flatMap((pair) => {
      const old = valuePattern(pair.before);
      const next = valuePattern(pair.after);
      return old === undefined || next === undefined ? [] : [{ ...pair, old, new: next }];
    });
    if (names.length === 0 || pairs.length === 0) return [];
    return [{ change, label: changeLabel(change), names: names.map(namePattern).filter(defined), pairs }];
  });
}

/** The old value's occurrence this line shows for `candidate`, nearest after the name. */
function editFor({ text, candidate }: { readonly text: string; readonly candidate: Candidate }): Edit | undefined {
  // Most lines show none of the old values: a substring test spares them the patterns.
  if (!candidate.pairs.some((pair) => text.includes(pair.before))) return undefined;
  const named = candidate.names.flatMap((pattern) => spansOf({ pattern, text }));
  if (named.length === 0) return undefined;
  const nameStart = Math.min(...named.map((span) => span.start));
  for (const pair of candidate.pairs) {
    // A line that already shows the new value is up to date, or tells the story of the change.
    if (spansOf({ pattern: pair.new, text }).length > 0) return undefined;
    const found = spansOf({ pattern: pair.old, text });
    const chosen = found.find((span) => span.start >= nameStart) ?? found[found.length - 1];
    if (chosen !== undefined) return { ...chosen, candidate, pair };
  }
  return undefined;
}

function applyEdits({ text, edits }: { readonly text: string; readonly edits: readonly Edit[] }): string {
  return [...edits]
    .sort((a, b) => b.start - a.start)
    .reduce((line, edit) => `${line.slice(0, edit.start)}${edit.pair.after}${line.slice(edit.end)}`, text);
}

function describe(edit: Edit): string {
  const { candidate, pair } = edit;
  return `${codeSpan(candidate.label)} ${codeSpan(pair.before)} is now ${codeSpan(pair.after)} (${codeSpan(candidate.change.file)})`;
}

/**
 * Lines of a doc that still show a changed value's old value next to its name, on the same line
 * (`| learning_rate | 0.01 |`, `learning_rate: 0.01`, `image: acme/serve:1.2.0`). Values match
 * as whole tokens (`0.01` is not in `0.012`); names match whole, ignoring case and `_`/`-`/space.
 * The suggestion is the line with each stale occurrence (the one nearest after the name)
 * replaced by the new value. Lines that already show the new value, and sections that keep
 * history (versions, changelog, releases), are left alone.
 */
export function findStaleValues({
  file,
  outline,
  changes,
}: {
  readonly file: string;
  readonly outline: MarkdownOutline;
  readonly changes: readonly Change[];
}): DocFinding[] {
  const candidates = candidatesOf({ changes, text: outline.lines.join('\n') });
  if (candidates.length === 0) return [];
  const findings: DocFinding[] = [];
  outline.lines.forEach((text, index) => {
    const line = index + 1;
    const edits: Edit[] = [];
    for (const candidate of candidates) {
      const edit = editFor({ text, candidate });
      if (edit !== undefined && !edits.some((other) => edit.start < other.end && other.start < edit.end)) edits.push(edit);
    }
    if (edits.length === 0) return;
    // The document's title (level 1) names the whole doc, not a section.
    const trail = sectionTrail({ outline, line }).filter((heading) => heading.level > 1);
    if (trail.some((heading) => headingWords(heading.text).some((word) => HISTORY_WORDS.has(word)))) return;
    const where = trail.length === 0 ? '' : ` (section "${trail.map((heading) => heading.text).join(' › ')}")`;
    findings.push({
      file,
      line,
      kind: 'stale-value',
      message: `Shows an old value${where}: ${edits.map(describe).join('; ')}.`,
      suggestion: applyEdits({ text, edits }),
    });
  });
  return findings;
}
