import { isScannable } from './patch-lines.js';

/** A requirement as a reviewer compares it: the package and its version constraint. */
export interface Requirement {
  /** The name as written. */
  readonly name: string;
  /** PEP 503 normalised name: how pip decides two names are the same package. */
  readonly normalized: string;
  /** The version constraint without spaces: `2.1.0` for an exact pin, `>=2,<3`, `@ url`, or ''. */
  readonly spec: string;
}

// `s`: the rest may hold any character, so the match never fails at the end and backtracks.
const NAME_AND_REST = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[[^\]]*\])?\s*(.*)$/s;
const VERSION_CLAUSES = /^(?:(?:===|==|~=|!=|<=|>=|<|>)\s*[^\s,;()]+\s*(?:,\s*|$))*$/;
const EXACT_PIN = /^==([^,*]+)$/;

/** PEP 503 name normalisation: `Scikit_Learn` and `scikit-learn` are one package. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/** Shows a PEP 440 constraint compactly; an exact pin as the bare version. */
export function compactSpec(constraint: string): string {
  const compact = constraint.replace(/\s+/g, '');
  return EXACT_PIN.exec(compact)?.[1] ?? compact;
}

/**
 * Parses one PEP 508 requirement (`torch==2.1.0`, `numpy>=1.24,<2 ; python_version>"3.9"`,
 * `pkg @ https://...`). Comments, pip options (`-r`, `--hash`) and anything else that is not a
 * requirement give undefined.
 */
export function parseRequirement(line: string): Requirement | undefined {
  if (!isScannable(line)) return undefined;
  const text = line
    .replace(/(^|\s)#.*$/, '')
    .replace(/\\\s*$/, '')
    .trim();
  if (text === '' || text.startsWith('-')) return undefined;
  const match = NAME_AND_REST.exec(text);
  if (match === null) return undefined;
  const [, name = '', rest = ''] = match;
  if (rest.startsWith('@'))
    return { name, normalized: normalizeName(name), spec: `@ ${rest.slice(1).split(';')[0]?.trim() ?? ''}` };
  const constraint = (rest.split(';')[0] ?? '')
    .trim()
    .replace(/^\((.*)\)$/, '$1')
    .trim();
  if (!VERSION_CLAUSES.test(constraint)) return undefined;
  return { name, normalized: normalizeName(name), spec: compactSpec(constraint) };
}
