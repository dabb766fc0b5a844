import type { Change } from '../types.js';
import type { ChangeKind } from './change-kinds.js';

/** The fields of a change, with `kind` held to the closed list of change kinds. */
export interface ChangeFields {
  readonly file: string;
  readonly kind: ChangeKind;
  readonly summary: string;
  readonly line?: number | undefined;
  readonly key?: string | undefined;
  readonly before?: string | undefined;
  readonly after?: string | undefined;
}

/** Builds a `Change`, leaving out absent optional fields so reports and JSON stay minimal. */
export function makeChange(fields: ChangeFields): Change {
  const { file, kind, summary, line, key, before, after } = fields;
  return {
    file,
    kind,
    summary,
    ...(line === undefined ? {} : { line }),
    ...(key === undefined ? {} : { key }),
    ...(before === undefined ? {} : { before }),
    ...(after === undefined ? {} : { after }),
  };
}
