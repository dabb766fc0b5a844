import type { Change, Side } from '../types.js';
import type { InspectInput } from './inspector.js';
import { makeChange } from './make-change.js';
import { ParseFailure } from './parsed-structure.js';
import { readSides, unreadableSide } from './read-sides.js';

/**
 * Largest file parsed (in characters, about 1 MiB): real configs and manifests are far smaller,
 * and anything bigger is generated data whose parse would stall a check for no reviewable result.
 */
export const MAX_PARSE_CHARS = 1024 * 1024;

/** Both sides parsed, or the one change that explains why they could not be. */
export type Loaded<T> =
  | { readonly ok: true; readonly base?: T | undefined; readonly head?: T | undefined }
  | { readonly ok: false; readonly changes: Change[] };

type SideResult<T> = { readonly value?: T; readonly problem?: Change };

function parseSide<T>({
  input,
  side,
  text,
  read,
}: {
  readonly input: InspectInput;
  readonly side: Side;
  readonly text: string | undefined;
  readonly read: (text: string) => T;
}): SideResult<T> {
  if (text === undefined) return {};
  const file = input.file.path;
  if (text.length > MAX_PARSE_CHARS) {
    const summary = `\`${file}\` at ${side} is larger than 1 MiB; not parsed`;
    return { problem: makeChange({ file, kind: 'not-inspected', summary }) };
  }
  try {
    return { value: read(text) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const line = side === 'head' && error instanceof ParseFailure ? error.line : undefined;
    return {
      problem: makeChange({ file, line, kind: 'parse-error', summary: `could not parse \`${file}\` at ${side}: ${reason}` }),
    };
  }
}

/**
 * Reads and parses a file on both sides. A side that fails (too large, malformed) turns the
 * whole result into one explaining change, head first: half a comparison would mislead.
 */
export async function loadSides<T>({
  input,
  read,
}: {
  readonly input: InspectInput;
  readonly read: (text: string) => T;
}): Promise<Loaded<T>> {
  const texts = await readSides(input);
  const unreadable = unreadableSide({ file: input.file, sides: texts });
  if (unreadable !== undefined) return { ok: false, changes: [unreadable] };
  const head = parseSide({ input, side: 'head', text: texts.head, read });
  if (head.problem !== undefined) return { ok: false, changes: [head.problem] };
  const base = parseSide({ input, side: 'base', text: texts.base, read });
  if (base.problem !== undefined) return { ok: false, changes: [base.problem] };
  return { ok: true, base: base.value, head: head.value };
}
