import { joinIndex, joinKey } from './key-path.js';
import type { Position } from './parsed-structure.js';
import { isPlainKey, position, quotedAt, resolvePlain, UNSUPPORTED } from './simple-yaml-scalars.js';

/** Whether a value starts a flow collection (`{…}` or `[…]`). */
export const isFlow = (text: string): boolean => text.startsWith('{') || text.startsWith('[');

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
    const open = this.text[this.index];
    if (open === '{' || open === '[') {
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
      const { inner, end } = quotedAt(this.text, this.index);
      this.index = end;
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
      if (!isPlainKey(key) || Object.hasOwn(mapping, key)) throw UNSUPPORTED;
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

/** A value's text on its line, the key path it sits at, and where positions are recorded. */
export interface ValueText {
  readonly text: string;
  readonly path: string;
  readonly line: number;
  readonly positions: Map<string, Position>;
}

/**
 * The flow collection `text` holds, whole, with the position of each key and item below `path`.
 * Throws `UNSUPPORTED` for text it does not read entirely.
 */
export function readFlowCollection({ text, path, line, positions }: ValueText): unknown {
  const reader = new FlowReader({ text, line, positions });
  const value = reader.collection(path);
  if (!reader.atEnd()) throw UNSUPPORTED;
  return value;
}
