import { codeSpan } from '../report/escape/code-span.js';
import type { Change, DocFinding } from '../types.js';
import { changeLabel, changeNames } from './change-names.js';
import { namePattern } from './token-match.js';

/**
 * Kinds of change a doc update is expected to name: settings, data, images and versions.
 * Touched functions, notebooks, artefacts and inspection notes are not: a doc names what the
 * model is and does, not every function a refactoring touched.
 */
export const MENTIONED_KINDS: readonly string[] = [
  'hyperparameter',
  'dataset',
  'data-schema',
  'pipeline',
  'pipeline-input',
  'schedule',
  'image',
  'build-arg',
  'environment',
  'scaling',
  'resources',
  'deployment-config',
  'infrastructure',
  'dependency',
  'framework',
];

/** "`train.lr` (0.01 → 0.001, `params.yaml`)" */
function describeChange({ change, label }: { readonly change: Change; readonly label: string }): string {
  const values = change.before !== undefined && change.after !== undefined ? `${change.before} → ${change.after}, ` : '';
  return `${codeSpan(label)} (${values}${codeSpan(change.file)})`;
}

/**
 * With `mention-changes`, each change the doc update does not name: one finding per changed key,
 * dataset, image or package (the same key changed in two files is one finding). A change is
 * named when the added text holds its full key or last segment (`train.learning_rate` or
 * `learning_rate`, also "Learning rate"), its dataset path or file name, or its image or package
 * name. `where` optionally tells which section of the doc the change belongs in.
 */
export function findUnmentionedChanges({
  file,
  changes,
  addedText,
  where,
}: {
  /** The doc the findings are filed under: the area's updated doc. */
  readonly file: string;
  readonly changes: readonly Change[];
  /** The lines the pull request added to the area's docs. */
  readonly addedText: string;
  readonly where?: (change: Change) => { readonly section: string; readonly line: number } | undefined;
}): DocFinding[] {
  const seen = new Set<string>();
  const findings: DocFinding[] = [];
  for (const change of changes) {
    if (!MENTIONED_KINDS.includes(change.kind)) continue;
    const names = changeNames(change);
    if (names.length === 0) continue;
    const label = changeLabel(change);
    if (seen.has(`${change.kind}\0${label}`)) continue;
    seen.add(`${change.kind}\0${label}`);
    const mentioned = names.some((name) => {
      const pattern = namePattern(name);
      return pattern?.test(addedText);
    });
    if (mentioned) continue;
    const target = where?.(change);
    findings.push({
      file,
      ...(target === undefined ? {} : { line: target.line }),
      kind: 'unmentioned-change',
      message: `The doc update does not mention ${describeChange({ change, label })}${target === undefined ? '' : ` (section "${target.section}")`}: say what changed and why.`,
    });
  }
  return findings;
}
