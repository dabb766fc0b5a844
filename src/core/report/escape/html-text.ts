import { singleLine } from './single-line.js';

const HTML_ENTITIES: ReadonlyMap<string, string> = new Map([
  ['&', '&amp;'],
  ['<', '&lt;'],
  ['>', '&gt;'],
  ['"', '&quot;'],
]);

/**
 * Text for the inside of an HTML element (a `<summary>`): markdown is not parsed there, so
 * entities are the only escape, and a line break would end the HTML block early.
 */
export function htmlText(text: string): string {
  return singleLine(text).replace(/[&<>"]/g, (character) => HTML_ENTITIES.get(character) ?? character);
}
