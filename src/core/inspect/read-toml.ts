import { joinIndex, joinKey } from './key-path.js';
import { ParseFailure, type ParsedStructure, type Position } from './parsed-structure.js';

/*
 * A reader for the TOML that ML projects write (pyproject.toml, Pipfile, training configs):
 * tables, arrays of tables, dotted and quoted keys, strings of all four kinds, numbers, booleans,
 * dates (kept as text), arrays over several lines and inline tables. It is not a validator: it
 * accepts a few documents the TOML spec rejects (a table defined twice), never the reverse.
 */

type Table = Record<string, unknown>;

const BARE_KEY = /[A-Za-z0-9_-]/;
const ESCAPES: Readonly<Record<string, string>> = { b: '\b', t: '\t', n: '\n', f: '\f', r: '\r', '"': '"', '\\': '\\' };
const NUMBER_TOKEN = /^[+-]?[0-9A-Za-z_.:+-]+/;
const DATE_WITH_SPACE_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?/;

const isTable = (value: unknown): value is Table => value !== null && typeof value === 'object' && !Array.isArray(value);

function convertToken(token: string): number | string | undefined {
  const plain = token.replace(/_/g, '');
  if (/^[+-]?(inf|nan)$/.test(plain)) return plain.endsWith('nan') ? Number.NaN : plain.startsWith('-') ? -Infinity : Infinity;
  if (/^0x[0-9a-f]+$/i.test(plain)) return Number.parseInt(plain.slice(2), 16);
  if (/^0o[0-7]+$/.test(plain)) return Number.parseInt(plain.slice(2), 8);
  if (/^0b[01]+$/.test(plain)) return Number.parseInt(plain.slice(2), 2);
  if (/^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(plain)) return Number(plain);
  if (/^\d{4}-\d{2}-\d{2}|^\d{2}:\d{2}/.test(token)) return token;
  return undefined;
}

/** Parses TOML into a plain value with the position of every key. Throws `ParseFailure`. */
export function readToml(text: string): ParsedStructure {
  const positions = new Map<string, Position>();
  const lineStarts = [0];
  for (let index = 0; index < text.length; index += 1) if (text[index] === '\n') lineStarts.push(index + 1);
  const lineAt = (offset: number): number => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lineStarts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
  let at = 0;
  const fail = (message: string): never => {
    throw new ParseFailure(`${message} at line ${lineAt(at)}`, lineAt(at));
  };
  const peek = (ahead = 0): string => text[at + ahead] ?? '';
  const consume = <T>(length: number, value: T): T => {
    at += length;
    return value;
  };
  const skipSpaces = (): void => {
    while (peek() === ' ' || peek() === '\t') at += 1;
  };
  const skipComment = (): void => {
    if (peek() === '#') while (at < text.length && peek() !== '\n') at += 1;
  };
  const skipBlank = (): void => {
    for (;;) {
      skipSpaces();
      skipComment();
      if (peek() === '\n' || peek() === '\r') at += 1;
      else return;
    }
  };
  const expectLineEnd = (): void => {
    skipSpaces();
    skipComment();
    if (peek() === '\r') at += 1;
    if (at < text.length && peek() !== '\n') fail(`unexpected \`${peek()}\``);
  };

  const readBasicString = (multiline: boolean): string => {
    let out = '';
    for (;;) {
      if (at >= text.length) fail('unterminated string');
      if (multiline ? text.startsWith('"""', at) && peek(3) !== '"' : peek() === '"') {
        at += multiline ? 3 : 1;
        return out;
      }
      const char = peek();
      if (char === '\n' && !multiline) fail('newline in a string');
      if (char !== '\\') {
        out += char;
        at += 1;
        continue;
      }
      const escape = peek(1);
      if (multiline && /[ \t\r\n]/.test(escape)) {
        at += 1;
        while (/[ \t\r\n]/.test(peek())) at += 1;
      } else if (escape === 'u' || escape === 'U') {
        const length = escape === 'u' ? 4 : 8;
        const hex = text.slice(at + 2, at + 2 + length);
        if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== length) fail('invalid unicode escape');
        out += String.fromCodePoint(Number.parseInt(hex, 16));
        at += 2 + length;
      } else {
        const decoded = ESCAPES[escape];
        if (decoded === undefined) fail(`invalid escape \`\\${escape}\``);
        out += decoded;
        at += 2;
      }
    }
  };
  const readLiteralString = (multiline: boolean): string => {
    const close = multiline ? "'''" : "'";
    const end = text.indexOf(close, at);
    if (end < 0 || (!multiline && text.slice(at, end).includes('\n'))) fail('unterminated string');
    const value = text.slice(at, end);
    at = end + close.length;
    return value;
  };
  const readString = (): string => {
    const quote = peek();
    const multiline = text.startsWith(quote.repeat(3), at);
    at += multiline ? 3 : 1;
    if (multiline && peek() === '\r') at += 1;
    if (multiline && peek() === '\n') at += 1;
    return quote === '"' ? readBasicString(multiline) : readLiteralString(multiline);
  };
  const readKey = (): string[] => {
    const parts: string[] = [];
    for (;;) {
      skipSpaces();
      if (peek() === '"' || peek() === "'") parts.push(readString());
      else {
        const start = at;
        while (BARE_KEY.test(peek())) at += 1;
        if (start === at) fail('expected a key');
        parts.push(text.slice(start, at));
      }
      skipSpaces();
      if (peek() !== '.') return parts;
      at += 1;
    }
  };

  const readValue = (path: string): unknown => {
    const char = peek();
    if (char === '"' || char === "'") return readString();
    if (char === '[') return readArray(path);
    if (char === '{') return readInlineTable(path);
    if (text.startsWith('true', at) && !BARE_KEY.test(peek(4))) return consume(4, true);
    if (text.startsWith('false', at) && !BARE_KEY.test(peek(5))) return consume(5, false);
    const rest = text.slice(at, at + 64);
    const token = DATE_WITH_SPACE_TIME.exec(rest)?.[0] ?? NUMBER_TOKEN.exec(rest)?.[0];
    const value = token === undefined ? undefined : convertToken(token);
    if (token === undefined || value === undefined) return fail(`invalid value \`${rest.split(/[\s,\]}]/)[0] ?? ''}\``);
    at += token.length;
    const known = positions.get(path);
    if (known !== undefined && typeof value === 'number') positions.set(path, { ...known, source: token });
    return value;
  };
  const readArray = (path: string): unknown[] => {
    at += 1;
    const items: unknown[] = [];
    for (;;) {
      skipBlank();
      if (peek() === ']') return consume(1, items);
      if (at >= text.length) fail('unterminated array');
      const itemPath = joinIndex(path, items.length);
      positions.set(itemPath, { line: lineAt(at) });
      items.push(readValue(itemPath));
      skipBlank();
      if (peek() === ',') at += 1;
      else if (peek() !== ']') fail('expected `,` or `]` in an array');
    }
  };
  const assign = ({ table, tablePath, key, line }: { table: Table; tablePath: string; key: string[]; line: number }): void => {
    let target = table;
    let path = tablePath;
    key.forEach((part, index) => {
      path = joinKey(path, part);
      if (index === key.length - 1) {
        if (Object.hasOwn(target, part)) fail(`duplicate key \`${key.join('.')}\``);
        positions.set(path, { line });
        skipSpaces();
        if (peek() !== '=') fail('expected `=` after a key');
        at += 1;
        skipSpaces();
        target[part] = readValue(path);
        return;
      }
      const next = target[part] ?? {};
      if (!isTable(next)) fail(`key \`${part}\` is not a table`);
      if (!Object.hasOwn(target, part)) positions.set(path, { line });
      target[part] = next;
      target = next as Table;
    });
  };
  const readInlineTable = (path: string): Table => {
    at += 1;
    const table: Table = {};
    for (;;) {
      skipBlank();
      if (peek() === '}') return consume(1, table);
      if (at >= text.length) fail('unterminated inline table');
      assign({ table, tablePath: path, key: readKey(), line: lineAt(at) });
      skipBlank();
      if (peek() === ',') at += 1;
      else if (peek() !== '}') fail('expected `,` or `}` in an inline table');
    }
  };

  const root: Table = {};
  let current = root;
  let currentPath = '';
  const openTable = (key: string[], asArray: boolean): void => {
    let target = root;
    let path = '';
    key.forEach((part, index) => {
      const last = index === key.length - 1;
      path = joinKey(path, part);
      if (!positions.has(path)) positions.set(path, { line: lineAt(at) });
      let next = target[part];
      if (last && asArray) {
        if (next === undefined) next = target[part] = [];
        if (!Array.isArray(next)) fail(`\`${key.join('.')}\` is not an array of tables`);
        const list = next as unknown[];
        const entry: Table = {};
        list.push(entry);
        path = joinIndex(path, list.length - 1);
        positions.set(path, { line: lineAt(at) });
        target = entry;
        return;
      }
      if (next === undefined) next = target[part] = {};
      if (Array.isArray(next)) {
        path = joinIndex(path, next.length - 1);
        next = next[next.length - 1];
      }
      if (!isTable(next)) fail(`\`${key.join('.')}\` is not a table`);
      target = next as Table;
    });
    current = target;
    currentPath = path;
  };

  for (;;) {
    skipBlank();
    if (at >= text.length) break;
    if (peek() === '[') {
      const asArray = peek(1) === '[';
      at += asArray ? 2 : 1;
      const key = readKey();
      const close = asArray ? ']]' : ']';
      if (!text.startsWith(close, at)) fail(`expected \`${close}\``);
      openTable(key, asArray);
      at += close.length;
    } else {
      assign({ table: current, tablePath: currentPath, key: readKey(), line: lineAt(at) });
    }
    expectLineEnd();
  }
  return { value: root, positions };
}
