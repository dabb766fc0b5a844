import { joinIndex, joinKey } from './key-path.js';
import type { ParsedStructure, Position } from './parsed-structure.js';
import { isFlow, readFlowCollection, type ValueText } from './read-flow-collection.js';
import { isPlainKey, position, quotedAt, resolvePlain, UNSUPPORTED } from './simple-yaml-scalars.js';

/** A line that holds content: its 1-based number, its indentation and its text after that. */
interface Line {
  readonly number: number;
  indent: number;
  text: string;
}

/** First characters that start something other than a plain or simply quoted scalar. */
const INDICATORS = new Set(['[', '{', '&', '*', '!', '|', '>', '%', '@', '`', '?', ',', ':', ']', '}']);

/**
 * Reads the YAML that training configs, params files, DVC files and Kubernetes manifests are made
 * of (block mappings and sequences of plain or simply quoted scalars, with comments, and flow
 * collections written on one line such as `limits: {cpu: "2", memory: 4Gi}` or
 * `- {name: SEED, value: "7"}`) in one pass over the lines, with the same value and key positions
 * as `readYaml`. Anything else (multi-line flow collections, anchors, tags,
 * block or multi-line scalars, several documents, duplicate or unusual keys) returns `undefined`,
 * and the caller uses the full parser: that parser takes milliseconds per document before the JIT
 * warms up, which a check that reads dozens of configs pays on every run.
 */
export function readSimpleYaml(text: string): ParsedStructure | undefined {
  const lines = contentLines(text);
  const first = lines?.[0];
  if (lines === undefined || first === undefined) return undefined;
  const positions = new Map<string, Position>();
  const cursor = { lines, index: 0, positions };
  try {
    const value = readNode(cursor, first.indent, '');
    return cursor.index === lines.length ? { value, positions } : undefined;
  } catch (error) {
    if (error === UNSUPPORTED) return undefined;
    throw error;
  }
}

interface Cursor {
  readonly lines: Line[];
  index: number;
  readonly positions: Map<string, Position>;
}

function contentLines(text: string): Line[] | undefined {
  if (text.includes('\r') || text.startsWith('\uFEFF')) return undefined;
  const lines: Line[] = [];
  let number = 0;
  for (const raw of text.split('\n')) {
    number += 1;
    let indent = 0;
    while (raw.charCodeAt(indent) === 0x20) indent += 1;
    if (indent === raw.length || raw[indent] === '#') continue;
    if (raw[indent] === '\t' || (indent === 0 && /^(?:---|\.\.\.|%)/.test(raw))) return undefined;
    lines.push({ number, indent, text: raw.slice(indent).trimEnd() });
  }
  return lines;
}

const isEntry = (text: string): boolean => text === '-' || text.startsWith('- ');

function readNode(cursor: Cursor, indent: number, path: string): unknown {
  const line = cursor.lines[cursor.index] as Line;
  return isEntry(line.text) ? readSequence(cursor, indent, path) : readMapping(cursor, indent, path);
}

function readMapping(cursor: Cursor, indent: number, path: string): Record<string, unknown> {
  const mapping: Record<string, unknown> = {};
  for (let line = cursor.lines[cursor.index]; line?.indent === indent; line = cursor.lines[cursor.index]) {
    const entry = splitKey(line.text);
    if (entry === undefined || Object.hasOwn(mapping, entry.key)) throw UNSUPPORTED;
    const childPath = joinKey(path, entry.key);
    cursor.index += 1;
    const next = cursor.lines[cursor.index];
    if (entry.rest !== '') {
      const read = readValue({ text: entry.rest, path: childPath, line: line.number, positions: cursor.positions });
      cursor.positions.set(childPath, position(line.number, read.source));
      mapping[entry.key] = read.value;
    } else {
      cursor.positions.set(childPath, { line: line.number });
      if (next !== undefined && next.indent > indent) mapping[entry.key] = readNode(cursor, next.indent, childPath);
      // A sequence may sit at its key's own indentation (`outs:` then `- md5: …`).
      else if (next !== undefined && next.indent === indent && isEntry(next.text))
        mapping[entry.key] = readSequence(cursor, indent, childPath);
      else mapping[entry.key] = null;
    }
    if ((cursor.lines[cursor.index]?.indent ?? -1) > indent) throw UNSUPPORTED;
  }
  return mapping;
}

function readSequence(cursor: Cursor, indent: number, path: string): unknown[] {
  const items: unknown[] = [];
  for (let line = cursor.lines[cursor.index]; line?.indent === indent && isEntry(line.text); line = cursor.lines[cursor.index]) {
    const itemPath = joinIndex(path, items.length);
    const after = line.text.slice(1);
    const content = after.trimStart();
    if (withoutComment(content) === '') {
      cursor.index += 1;
      const next = cursor.lines[cursor.index];
      if (next === undefined || next.indent <= indent) throw UNSUPPORTED;
      cursor.positions.set(itemPath, { line: next.number });
      items.push(readNode(cursor, next.indent, itemPath));
    } else if (isEntry(content)) {
      throw UNSUPPORTED;
    } else if (!isFlow(content) && splitKey(content) !== undefined) {
      // `- name: x`: a mapping that starts on the dash's line, at the column of its first key.
      line.indent = indent + 1 + (after.length - content.length);
      line.text = content;
      cursor.positions.set(itemPath, { line: line.number });
      items.push(readMapping(cursor, line.indent, itemPath));
    } else {
      const text = withoutComment(content);
      const read = readValue({ text, path: itemPath, line: line.number, positions: cursor.positions });
      cursor.positions.set(itemPath, position(line.number, read.source));
      items.push(read.value);
      cursor.index += 1;
    }
    if ((cursor.lines[cursor.index]?.indent ?? -1) > indent) throw UNSUPPORTED;
  }
  return items;
}

/** `key: rest` or `key:`; `undefined` when the line is not a mapping entry with a plain key. */
function splitKey(text: string): { key: string; rest: string } | undefined {
  const colon = text.search(/:(?: |$)/);
  if (colon <= 0) return undefined;
  const key = text.slice(0, colon);
  if (!isPlainKey(key)) return undefined;
  return { key, rest: withoutComment(text.slice(colon + 1).trimStart()) };
}

/** A comment starts at a `#` that begins the text or follows a space; quoted text is checked by `readScalar`. */
function withoutComment(text: string): string {
  if (text.startsWith('#')) return '';
  if (text.startsWith("'") || text.startsWith('"')) return text;
  const hash = text.indexOf(' #');
  return hash === -1 ? text : text.slice(0, hash).trimEnd();
}

/** A value written after a key or a dash: a flow collection on this line, or a scalar. */
function readValue(value: ValueText): { value: unknown; source: string } {
  if (!isFlow(value.text)) return readScalar(value.text);
  return { value: readFlowCollection(value), source: '' };
}

function readScalar(text: string): { value: unknown; source: string } {
  const quote = text[0];
  if (quote === "'" || quote === '"') {
    const { inner, end } = quotedAt(text, 0);
    const after = text.slice(end).trimStart();
    if (after !== '' && !after.startsWith('#')) throw UNSUPPORTED;
    return { value: inner, source: inner };
  }
  if (INDICATORS.has(text[0] as string) || isEntry(text) || text.includes('\t') || /: |:$/.test(text)) throw UNSUPPORTED;
  return { value: resolvePlain(text), source: text };
}
