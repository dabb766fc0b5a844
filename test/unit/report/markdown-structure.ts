import { COMMENT_MARKER } from '../../../src/core/report/index.js';

/**
 * Checks the structural promises of rendered markdown, read the way GitHub reads it: every fence
 * closes, every table row has the header's number of cells, `<details>` blocks balance, and no
 * raw HTML appears outside code except the renderer's own tags. Returns the problems found.
 */
export function markdownProblems(markdown: string): string[] {
  const problems: string[] = [];
  let fence: string | undefined;
  let tableCells: number | undefined;
  let openDetails = 0;
  for (const [index, line] of markdown.split('\n').entries()) {
    const where = `line ${index + 1}`;
    if (fence !== undefined) {
      if (new RegExp(`^ {0,3}${fence}\`*\\s*$`).test(line)) fence = undefined;
      continue;
    }
    const opening = /^ {0,3}(`{3,})([^`]*)$/.exec(line);
    if (opening !== null) {
      fence = opening[1];
      tableCells = undefined;
      continue;
    }
    if (line.startsWith('|')) {
      const cells = cellCount(line);
      if (tableCells === undefined) tableCells = cells;
      else if (cells !== tableCells) problems.push(`${where}: ${cells} cells where the table has ${tableCells}`);
    } else {
      tableCells = undefined;
    }
    if (line === '<details>') openDetails += 1;
    if (line === '</details>') openDetails -= 1;
    if (openDetails < 0) problems.push(`${where}: </details> without <details>`);
    const html = rawHtml(line);
    if (html !== undefined && line !== COMMENT_MARKER) problems.push(`${where}: raw HTML ${JSON.stringify(html)}`);
  }
  if (fence !== undefined) problems.push('a code fence is never closed');
  if (openDetails !== 0) problems.push(`${openDetails} <details> never closed`);
  return problems;
}

/** Cells of a table row: pipes not escaped by a backslash, minus the leading one. */
export function cellCount(line: string): number {
  let pipes = 0;
  for (let index = 0; index < line.length; index += 1) {
    if (line[index] === '|' && line[index - 1] !== '\\') pipes += 1;
  }
  return pipes - 1;
}

const OWN_TAG = /^<\/?(details|summary|sub)>/;

/** The first `<` outside code spans and backslash escapes that does not open the renderer's own tags. */
function rawHtml(text: string): string | undefined {
  let index = 0;
  while (index < text.length) {
    const character = text[index];
    if (character === '\\') {
      index += 2;
    } else if (character === '`') {
      const run = /^`+/.exec(text.slice(index))?.[0] ?? '`';
      const close = findRun(text, index + run.length, run.length);
      index = close ?? index + run.length;
    } else if (character === '<') {
      const tag = OWN_TAG.exec(text.slice(index, index + 12))?.[0];
      if (tag === undefined) return text.slice(index, index + 20);
      index += tag.length;
    } else {
      index += 1;
    }
  }
  return undefined;
}

function findRun(text: string, from: number, length: number): number | undefined {
  const runs = /`+/g;
  runs.lastIndex = from;
  for (let match = runs.exec(text); match !== null; match = runs.exec(text)) {
    if (match[0].length === length) return match.index + length;
  }
  return undefined;
}
