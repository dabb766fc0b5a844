const LINE_BREAKS = /\r\n|\r|\n/g;

/**
 * Puts text on one line: a line break inside a table cell, a code span or a list item would end
 * it and let the rest of the text be read as markdown structure.
 */
export function singleLine(text: string): string {
  return text.replace(LINE_BREAKS, ' ');
}
