const ALLOWED_SCHEMES = /^https?:\/\//i;

/** Characters that would end or break a markdown link destination. */
const UNSAFE_IN_DESTINATION = /[\s<>()\\`]/g;

/**
 * A URL ready for `[text](destination)`. Only http(s) URLs are accepted: anything else is a bug
 * in the caller, reported instead of rendering a dead or dangerous link.
 */
export function linkDestination(url: string): string {
  if (!ALLOWED_SCHEMES.test(url)) {
    throw new Error(`Expected an http(s) URL for the changelog link, got ${JSON.stringify(url.slice(0, 200))}.`);
  }
  return url.replace(UNSAFE_IN_DESTINATION, (character) => percentEncode(character));
}

function percentEncode(character: string): string {
  return `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
}
