import { joinIndex, joinKey } from './key-path.js';
import type { ParsedStructure, Position } from './parsed-structure.js';

/** A line that holds content: its 1-based number, its indentation and its text after that. */
interface Line {
  readonly number: number;
  indent: number;
  text: string;
}

/** Thrown (and caught below) when the document leaves the subset this reader handles. */
const UNSUPPORTED: unique symbol = Symbol('unsupported YAML');

/** A plain key this reader takes as written; anything else (quoted, numeric, `<<`) is left to the full parser. */
const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_./-]*$/;

/** First characters that start something other than a plain or simply quoted scalar. */
const INDICATORS = new Set(['[', '{', '&', '*', '!', '|', '>', '%', '@', '`', '?', ',', ':', ']', '}']);

/*
 * The YAML 1.2 core schema's plain scalars, tested in the order the `yaml` package tests them, so
 * `3.10`, `1e-3`, `0x1F` and `~` resolve exactly as its `toJS` resolves them.
 */
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const OCTAL = /^0o[0-7]+$/;
const DECIMAL = /^[-+]?[0-9]+$/;
const HEX = /^0x[0-9a-fA-F]+$/;
const NOT_A_NUMBER = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const EXPONENT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

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

function position(line: number, source: string): Position {
  return source === '' ? { line } : { line, source };
}

/** `key: rest` or `key:`; `undefined` when the line is not a mapping entry with a plain key. */
function splitKey(text: string): { key: string; rest: string } | undefined {
  const colon = text.search(/:(?: |$)/);
  if (colon <= 0) return undefined;
  const key = text.slice(0, colon);
  if (!PLAIN_KEY.test(key) || NULL.test(key) || BOOL.test(key) || key === '__proto__') return undefined;
  return { key, rest: withoutComment(text.slice(colon + 1).trimStart()) };
}

/** A comment starts at a `#` that begins the text or follows a space; quoted text is checked by `readScalar`. */
function withoutComment(text: string): string {
  if (text.startsWith('#')) return '';
  if (text.startsWith("'") || text.startsWith('"')) return text;
  const hash = text.indexOf(' #');
  return hash === -1 ? text : text.slice(0, hash).trimEnd();
}

const isFlow = (text: string): boolean => text.startsWith('{') || text.startsWith('[');

/** A value written after a key or a dash: a flow collection on this line, or a scalar. */
function readValue({
  text,
  path,
  line,
  positions,
}: {
  text: string;
  path: string;
  line: number;
  positions: Map<string, Position>;
}): { value: unknown; source: string } {
  if (!isFlow(text)) return readScalar(text);
  const reader = new FlowReader({ text, line, positions });
  const value = reader.collection(path);
  if (!reader.atEnd()) throw UNSUPPORTED;
  return { value, source: '' };
}

/** Characters a plain scalar inside a flow collection may not hold: flow punctuation, and what is rare enough to leave to the full parser. */
const FLOW_PLAIN_EXCLUDED = /[,[\]{}:#"'`&*!|>%@?\t]/;

/**
 * One flow collection on one line, nested or not: `{key: value, ...}` with plain keys, and
 * `[value, ...]`, whose scalars are plain (without flow punctuation or colons) or simply quoted.
 * Everything else (an empty or repeated key, a trailing comma, an implicit key) is unsupported.
 */
class FlowReader {
  private index = 0;
  private readonly text: string;
  private readonly line: number;
  private readonly positions: Map<string, Position>;

  constructor({ text, line, positions }: { text: string; line: number; positions: Map<string, Position> }) {
    this.text = text;
    this.line = line;
    this.positions = positions;
  }

  atEnd(): boolean {
    this.skipSpaces();
    return this.index === this.text.length;
  }

  collection(path: string): unknown {
    const open = this.text[this.index];
    if (open === '{') return this.mapping(path);
    if (open === '[') return this.sequence(path);
    throw UNSUPPORTED;
  }

  private skipSpaces(): void {
    while (this.text[this.index] === ' ') this.index += 1;
  }

  /** A value and the position it gives its key or index. */
  private value(path: string): unknown {
    this.skipSpaces();
    if (isFlow(this.text.slice(this.index, this.index + 1))) {
      const value = this.collection(path);
      this.positions.set(path, { line: this.line });
      return value;
    }
    const scalar = this.scalar();
    this.positions.set(path, position(this.line, scalar.source));
    return scalar.value;
  }

  private scalar(): { value: unknown; source: string } {
    const quote = this.text[this.index];
    if (quote === "'" || quote === '"') {
      const close = this.text.indexOf(quote, this.index + 1);
      if (close === -1) throw UNSUPPORTED;
      const inner = this.text.slice(this.index + 1, close);
      // An escape, or a doubled single quote, is left to the full parser.
      if ((quote === '"' && inner.includes('\\')) || this.text[close + 1] === quote) throw UNSUPPORTED;
      this.index = close + 1;
      return { value: inner, source: inner };
    }
    let end = this.index;
    while (end < this.text.length && !',]}'.includes(this.text[end] as string)) end += 1;
    const source = this.text.slice(this.index, end).trim();
    if (source === '' || FLOW_PLAIN_EXCLUDED.test(source) || source === '-' || source.startsWith('- ')) throw UNSUPPORTED;
    this.index = end;
    return { value: resolvePlain(source), source };
  }

  /** `, next` (true), or the closing bracket (false); anything else is unsupported. */
  private next(close: string): boolean {
    this.skipSpaces();
    const char = this.text[this.index];
    this.index += 1;
    if (char === close) return false;
    if (char !== ',') throw UNSUPPORTED;
    this.skipSpaces();
    // A trailing comma: valid YAML, rare enough to leave to the full parser.
    if (this.text[this.index] === close) throw UNSUPPORTED;
    return true;
  }

  private mapping(path: string): Record<string, unknown> {
    const mapping: Record<string, unknown> = {};
    this.index += 1;
    this.skipSpaces();
    if (this.text[this.index] === '}') {
      this.index += 1;
      return mapping;
    }
    do {
      this.skipSpaces();
      const colon = this.text.indexOf(':', this.index);
      if (colon === -1 || this.text[colon + 1] !== ' ') throw UNSUPPORTED;
      const key = this.text.slice(this.index, colon);
      if (!PLAIN_KEY.test(key) || NULL.test(key) || BOOL.test(key) || key === '__proto__' || Object.hasOwn(mapping, key)) {
        throw UNSUPPORTED;
      }
      this.index = colon + 1;
      mapping[key] = this.value(joinKey(path, key));
    } while (this.next('}'));
    return mapping;
  }

  private sequence(path: string): unknown[] {
    const items: unknown[] = [];
    this.index += 1;
    this.skipSpaces();
    if (this.text[this.index] === ']') {
      this.index += 1;
      return items;
    }
    do items.push(this.value(joinIndex(path, items.length)));
    while (this.next(']'));
    return items;
  }
}

function readScalar(text: string): { value: unknown; source: string } {
  const quote = text[0];
  if (quote === "'" || quote === '"') {
    const close = text.indexOf(quote, 1);
    const inner = text.slice(1, close);
    const after = text.slice(close + 1).trimStart();
    if (close === -1 || (quote === '"' && inner.includes('\\')) || (after !== '' && !after.startsWith('#'))) throw UNSUPPORTED;
    return { value: inner, source: inner };
  }
  if (INDICATORS.has(text[0] as string) || isEntry(text) || text.includes('\t') || /: |:$/.test(text)) throw UNSUPPORTED;
  return { value: resolvePlain(text), source: text };
}

function resolvePlain(text: string): unknown {
  if (NULL.test(text)) return null;
  if (BOOL.test(text)) return text[0] === 't' || text[0] === 'T';
  if (OCTAL.test(text)) return Number.parseInt(text.slice(2), 8);
  if (DECIMAL.test(text)) return Number.parseInt(text, 10);
  if (HEX.test(text)) return Number.parseInt(text.slice(2), 16);
  if (NOT_A_NUMBER.test(text))
    return text.slice(-3).toLowerCase() === 'nan' ? Number.NaN : text[0] === '-' ? -Infinity : Infinity;
  if (EXPONENT.test(text) || FLOAT.test(text)) return Number.parseFloat(text);
  return text;
}
