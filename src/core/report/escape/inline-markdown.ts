import { singleLine } from './single-line.js';

/** Characters that could start emphasis, links, HTML, strikethrough or table cells. */
const SPECIAL_CHARACTERS = /[\\`*_[\]<>~|!#]/g;

/**
 * Makes a sentence produced from user data (a change summary, a finding, a notice, a skip reason)
 * safe to embed in markdown. Code spans written in it (`` `train.lr`: 0.01 → 0.001 ``) are kept;
 * everything else is shown literally: no HTML, links, images or emphasis can be injected, and a
 * line break cannot end the enclosing list item or table row.
 */
export function inlineMarkdown(text: string): string {
  return splitCodeSpans(singleLine(text))
    .map((part) => (part.code ? part.text : part.text.replace(SPECIAL_CHARACTERS, '\\$&')))
    .join('');
}

interface Part {
  readonly code: boolean;
  readonly text: string;
}

// A run of N backticks opens a code span only when a later run of exactly N closes it; an
// unmatched run is literal text (CommonMark's rule), escaped with the rest of the plain text.
function splitCodeSpans(text: string): Part[] {
  const parts: Part[] = [];
  let plainStart = 0;
  let index = 0;
  while (index < text.length) {
    if (text[index] !== '`') {
      index += 1;
      continue;
    }
    const openEnd = runEnd(text, index);
    const close = findClosingRun({ text, from: openEnd, length: openEnd - index });
    if (close === undefined) {
      index = openEnd;
      continue;
    }
    if (index > plainStart) parts.push({ code: false, text: text.slice(plainStart, index) });
    parts.push({ code: true, text: text.slice(index, close) });
    index = close;
    plainStart = close;
  }
  if (plainStart < text.length) parts.push({ code: false, text: text.slice(plainStart) });
  return parts;
}

function runEnd(text: string, start: number): number {
  let end = start;
  while (text[end] === '`') end += 1;
  return end;
}

/** The index just after the closing run, or undefined when the span never closes. */
function findClosingRun({ text, from, length }: { text: string; from: number; length: number }): number | undefined {
  let index = text.indexOf('`', from);
  while (index !== -1) {
    const end = runEnd(text, index);
    if (end - index === length) return end;
    index = text.indexOf('`', end);
  }
  return undefined;
}
