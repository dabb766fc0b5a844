import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node } from 'yaml';
import { joinIndex, joinKey } from './key-path.js';
import { ParseFailure, type ParsedStructure, type Position } from './parsed-structure.js';

function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset && index < text.length; index += 1) if (text.charCodeAt(index) === 10) line += 1;
  return line;
}

/*
 * JSON is read twice on purpose: `JSON.parse` decides validity and values (its errors are the
 * ones users know), and the YAML parser, which reads JSON as a flow document, supplies lines.
 */
function positionsOf(text: string): Map<string, Position> {
  const out = new Map<string, Position>();
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: false });
  if (document.errors.length > 0) return out;
  const lineOf = (node: Node | null | undefined): number | undefined =>
    node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
  const walk = (node: unknown, path: string): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const childPath = joinKey(path, key);
        const line = lineOf(pair.key as Node | null);
        const source = isScalar(pair.value) && typeof pair.value.value === 'number' ? pair.value.source : undefined;
        if (line !== undefined) out.set(childPath, { line, ...(source ? { source } : {}) });
        walk(pair.value, childPath);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        const line = lineOf(item as Node | null);
        if (line !== undefined) out.set(joinIndex(path, index), { line });
        walk(item, joinIndex(path, index));
      });
    }
  };
  walk(document.contents, '');
  return out;
}

/** Parses a JSON document with the position of every key. Throws `ParseFailure`. */
export function readJson(text: string): ParsedStructure {
  let value: unknown;
  try {
    // Editors on Windows may save JSON with a byte order mark, which `JSON.parse` rejects.
    value = JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/.exec(message);
    throw new ParseFailure(message, position?.[1] === undefined ? undefined : lineOfOffset(text, Number(position[1])));
  }
  return { value, positions: positionsOf(text) };
}
