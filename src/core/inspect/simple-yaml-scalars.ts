import type { Position } from './parsed-structure.js';

/** Thrown (and caught by `readSimpleYaml`) when the document leaves the subset this reader handles. */
export const UNSUPPORTED: unique symbol = Symbol('unsupported YAML');

/** A plain key this reader takes as written; anything else (quoted, numeric, `<<`) is left to the full parser. */
const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_./-]*$/;

/*
 * The YAML 1.2 core schema's plain scalars, tested in the order the `yaml` package tests them, so
 * `3.10`, `1e-3`, `0x1F` and `~` resolve exactly as its `toJS` resolves them.
 */
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const OCTAL = /^0o[0-7]+$/;
const DECIMAL = /^[-+]?[0-9]+$/;
const HEX = /^0x[0-9a-fA-F]+$/;
const NOT_A_NUMBER = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const EXPONENT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** Whether `key` is a plain key read as written (not null, a boolean or `__proto__`). */
export const isPlainKey = (key: string): boolean =>
  PLAIN_KEY.test(key) && !NULL.test(key) && !BOOL.test(key) && key !== '__proto__';

/**
 * The simply quoted scalar that opens at `start` (with `'` or `"`): its text, and where it ends.
 * An escape, a doubled single quote or a missing closing quote is left to the full parser.
 */
export function quotedAt(text: string, start: number): { inner: string; end: number } {
  const quote = text[start] as string;
  const close = text.indexOf(quote, start + 1);
  if (close === -1) throw UNSUPPORTED;
  const inner = text.slice(start + 1, close);
  if ((quote === '"' && inner.includes('\\')) || text[close + 1] === quote) throw UNSUPPORTED;
  return { inner, end: close + 1 };
}

/** The position of a key or item, with its scalar as written when there is one. */
export function position(line: number, source: string): Position {
  return source === '' ? { line } : { line, source };
}

/** A plain scalar's value under the YAML 1.2 core schema, as the `yaml` package resolves it. */
export function resolvePlain(text: string): unknown {
  if (NULL.test(text)) return null;
  if (BOOL.test(text)) return text[0] === 't' || text[0] === 'T';
  if (OCTAL.test(text)) return Number.parseInt(text.slice(2), 8);
  if (DECIMAL.test(text)) return Number.parseInt(text, 10);
  if (HEX.test(text)) return Number.parseInt(text.slice(2), 16);
  if (NOT_A_NUMBER.test(text))
    return text.slice(-3).toLowerCase() === 'nan' ? Number.NaN : text[0] === '-' ? -Infinity : Infinity;
  if (EXPONENT.test(text) || FLOAT.test(text)) return Number.parseFloat(text);
  return text;
}
