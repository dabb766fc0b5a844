import { trimmedEnd } from '../text/line-start.js';

/**
 * The value written after `key =` (or `key:`) on one line, given the text after the sign and
 * its blanks: everything before the first `#` (a comment; a `#` that starts the value is kept),
 * without trailing blanks and, with `comma`, one trailing comma (`schedule="@daily",`).
 * `undefined` for an empty value. Found with two searches: the lazy pattern that says the same
 * (`(.+?)\s*,?\s*(?:#.*)?$`) rescans the blanks from every character of a padded line.
 */
export function lineValue(rest: string, { comma = false }: { readonly comma?: boolean } = {}): string | undefined {
  const hash = rest.indexOf('#', 1);
  let end = trimmedEnd(rest, hash === -1 ? rest.length : hash);
  if (comma && end > 1 && rest[end - 1] === ',') end = trimmedEnd(rest, end - 1);
  return end === 0 ? undefined : rest.slice(0, end);
}
