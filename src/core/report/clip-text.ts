/** Marks text that was cut; a single character so clipped strings stay within their budget. */
export const ELLIPSIS = '…';

/**
 * Cuts `text` to at most `maxLength` characters, ending with an ellipsis when cut. Never splits a
 * surrogate pair, so the result is still valid UTF-16 (GitHub rejects lone surrogates).
 */
export function clipText({ text, maxLength }: { readonly text: string; readonly maxLength: number }): string {
  if (text.length <= maxLength) return text;
  if (maxLength < 1) return '';
  let cut = maxLength - ELLIPSIS.length;
  if (cut > 0 && isHighSurrogate(text.charCodeAt(cut - 1))) cut -= 1;
  return `${text.slice(0, cut)}${ELLIPSIS}`;
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
