/** A match in a line: `[start, end)`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WORD = /\w/;

/*
 * A token is whole when it does not continue a longer one: `0.01` is not in `0.012`, `10.01`,
 * `-0.01` or `0.01.5`, `1.2.0` is not in `1.2.0-rc1`, `lr` is not in `lr_decay` or `lr-scheduler`.
 * Punctuation that ends a sentence or a cell (`0.01.`, `0.01|`, `0.01,`) still ends the token.
 */
const LEFT_EDGE = '(?<![\\w./-])';
/** A name may follow a command-line dash (`--learning_rate`), not a word and a dash (`warmup-lr`). */
const NAME_LEFT_EDGE = '(?<![\\w./]|\\w-)';
const VALUE_RIGHT_EDGE = '(?![\\w]|[./+-]\\w)';
const NAME_RIGHT_EDGE = '(?![\\w-]|[./]\\w)';

/** Every match of `pattern` (a global regular expression) in `text`. */
export function spansOf({ pattern, text }: { readonly pattern: RegExp; readonly text: string }): Span[] {
  return [...text.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

/**
 * Matches `token` as a whole token, case-sensitively (values, tags, hashes). Compiled once per
 * value, since a doc is scanned line by line. `undefined` for an empty token.
 */
export function valuePattern(token: string): RegExp | undefined {
  if (token === '') return undefined;
  const left = WORD.test(token[0] ?? '') ? LEFT_EDGE : '';
  const right = WORD.test(token[token.length - 1] ?? '') ? VALUE_RIGHT_EDGE : '';
  return new RegExp(`${left}${escapeRegExp(token)}${right}`, 'g');
}

/**
 * Matches `name` as a whole name, ignoring case and treating `_`, `-` and spaces alike, since
 * docs write `learning_rate`, `learning-rate` and "Learning rate". `undefined` for a blank name.
 */
export function namePattern(name: string): RegExp | undefined {
  const parts = name.split(/[-_\s]+/).filter((part) => part !== '');
  if (parts.length === 0) return undefined;
  const body = parts.map(escapeRegExp).join('[-_\\s]+');
  const left = WORD.test(name[0] ?? '') ? NAME_LEFT_EDGE : '';
  const right = WORD.test(name[name.length - 1] ?? '') ? NAME_RIGHT_EDGE : '';
  return new RegExp(`${left}${body}${right}`, 'gi');
}

/** Where `token` occurs in `text` as a whole token (see `valuePattern`). */
export function valueSpans({ text, token }: { readonly text: string; readonly token: string }): Span[] {
  const pattern = valuePattern(token);
  return pattern === undefined ? [] : spansOf({ pattern, text });
}

/** Where `name` occurs in `text` as a whole name (see `namePattern`). */
export function nameSpans({ text, name }: { readonly text: string; readonly name: string }): Span[] {
  const pattern = namePattern(name);
  return pattern === undefined ? [] : spansOf({ pattern, text });
}

/** Whether `text` names any of `names` (see `namePattern`). */
export function mentionsAny({ text, names }: { readonly text: string; readonly names: readonly string[] }): boolean {
  return names.some((name) => nameSpans({ text, name }).length > 0);
}
