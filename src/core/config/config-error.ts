import type { ConfigProblem } from '../types.js';

/** `syntax`: the file is not readable YAML (or too large); `schema`: it reads but is not a valid config. */
export const CONFIG_ERROR_KINDS = ['syntax', 'schema'] as const;
export type ConfigErrorKind = (typeof CONFIG_ERROR_KINDS)[number];

/**
 * An invalid configuration file. Every problem found is in `problems` (each message names the
 * file, ref, line, column and field); `message` is the first one plus how many more there are,
 * so a one-line display still says where to look.
 */
export class ConfigError extends Error {
  readonly kind: ConfigErrorKind;
  readonly problems: readonly ConfigProblem[];

  constructor({ kind, problems }: { kind: ConfigErrorKind; problems: readonly ConfigProblem[] }) {
    const [first] = problems;
    if (first === undefined) throw new Error('ConfigError needs at least one problem');
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    super(`${first.message}${more}`);
    this.name = 'ConfigError';
    this.kind = kind;
    this.problems = problems;
  }
}

/** The file as messages name it: "`.github/ml-docs-guard.yml` (ref `main`)". */
export function describeFile({ file, ref }: Pick<ConfigProblem, 'file' | 'ref'>): string {
  return ref === undefined ? `\`${file}\`` : `\`${file}\` (ref \`${ref}\`)`;
}

/** Where a problem is, as messages say it: "in `.github/ml-docs-guard.yml` (ref `main`) at 2:1". */
export function describeLocation({ file, ref, line, column }: Pick<ConfigProblem, 'file' | 'ref' | 'line' | 'column'>): string {
  const at = line === undefined ? '' : ` at ${line}:${column ?? 1}`;
  return `in ${describeFile({ file, ref })}${at}`;
}

/** Orders problems as they appear in the file; problems without a position come first. */
export function byPosition(a: ConfigProblem, b: ConfigProblem): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}
