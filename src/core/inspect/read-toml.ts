import { joinIndex, joinKey } from './key-path.js';
import type { ParsedStructure, Position } from './parsed-structure.js';
import { TomlCursor } from './toml-cursor.js';

/*
 * A reader for the TOML that ML projects write (pyproject.toml, Pipfile, training configs):
 * tables, arrays of tables, dotted and quoted keys, strings of all four kinds, numbers, booleans,
 * dates (kept as text), arrays over several lines and inline tables. It is not a validator: it
 * accepts a few documents the TOML spec rejects (a table defined twice), never the reverse.
 */

type Table = Record<string, unknown>;

const NUMBER_TOKEN = /^[+-]?[0-9A-Za-z_.:+-]+/;
const DATE_WITH_SPACE_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?/;
/** Longest number or date token looked at; real ones are far shorter. */
const MAX_TOKEN = 64;

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
  const cursor = new TomlCursor(text);

  const readValue = (path: string): unknown => {
    const char = cursor.peek();
    if (char === '"' || char === "'") return cursor.readString();
    if (char === '[') return readArray(path);
    if (char === '{') return readInlineTable(path);
    if (cursor.startsWord('true')) return cursor.consume(4, true);
    if (cursor.startsWord('false')) return cursor.consume(5, false);
    const rest = text.slice(cursor.at, cursor.at + MAX_TOKEN);
    const token = DATE_WITH_SPACE_TIME.exec(rest)?.[0] ?? NUMBER_TOKEN.exec(rest)?.[0];
    const value = token === undefined ? undefined : convertToken(token);
    if (token === undefined || value === undefined) return cursor.fail(`invalid value \`${rest.split(/[\s,\]}]/)[0] ?? ''}\``);
    const known = positions.get(path);
    // Numbers keep their written form (`3.10`, `1e-3`) for display.
    if (known !== undefined && typeof value === 'number') positions.set(path, { ...known, source: token });
    return cursor.consume(token.length, value);
  };

  const readArray = (path: string): unknown[] => {
    cursor.at += 1;
    const items: unknown[] = [];
    for (;;) {
      cursor.skipBlank();
      if (cursor.peek() === ']') return cursor.consume(1, items);
      if (cursor.done) cursor.fail('unterminated array');
      const itemPath = joinIndex(path, items.length);
      positions.set(itemPath, { line: cursor.lineAt() });
      items.push(readValue(itemPath));
      cursor.skipBlank();
      if (cursor.done) cursor.fail('unterminated array');
      if (cursor.peek() === ',') cursor.at += 1;
      else if (cursor.peek() !== ']') cursor.fail('expected `,` or `]` in an array');
    }
  };

  /** Reads `key = value` into `table`; the cursor is at the key. */
  const assign = (table: Table, tablePath: string): void => {
    const line = cursor.lineAt();
    const key = cursor.readKey();
    let target = table;
    let path = tablePath;
    key.forEach((part, index) => {
      path = joinKey(path, part);
      if (index < key.length - 1) {
        const next = target[part] ?? {};
        if (!isTable(next)) cursor.fail(`key \`${part}\` is not a table`);
        if (!Object.hasOwn(target, part)) positions.set(path, { line });
        target = target[part] = next as Table;
        return;
      }
      if (Object.hasOwn(target, part)) cursor.fail(`duplicate key \`${key.join('.')}\``);
      positions.set(path, { line });
      cursor.skipSpaces();
      if (cursor.peek() !== '=') cursor.fail('expected `=` after a key');
      cursor.at += 1;
      cursor.skipSpaces();
      target[part] = readValue(path);
    });
  };

  const readInlineTable = (path: string): Table => {
    cursor.at += 1;
    const table: Table = {};
    for (;;) {
      cursor.skipBlank();
      if (cursor.peek() === '}') return cursor.consume(1, table);
      if (cursor.done) cursor.fail('unterminated inline table');
      assign(table, path);
      cursor.skipBlank();
      if (cursor.peek() === ',') cursor.at += 1;
      else if (cursor.peek() !== '}') cursor.fail('expected `,` or `}` in an inline table');
    }
  };

  const root: Table = {};
  /** Opens `[a.b]` or `[[a.b]]`: the table later keys go into, and its path. */
  const openTable = (key: readonly string[], asArray: boolean): { table: Table; path: string } => {
    let target = root;
    let path = '';
    const line = cursor.lineAt();
    key.forEach((part, index) => {
      path = joinKey(path, part);
      if (!positions.has(path)) positions.set(path, { line });
      let next = target[part];
      if (index === key.length - 1 && asArray) {
        if (next === undefined) next = target[part] = [];
        if (!Array.isArray(next)) cursor.fail(`\`${key.join('.')}\` is not an array of tables`);
        const list = next as unknown[];
        const entry: Table = {};
        list.push(entry);
        path = joinIndex(path, list.length - 1);
        positions.set(path, { line });
        target = entry;
        return;
      }
      if (next === undefined) next = target[part] = {};
      if (Array.isArray(next)) {
        // `[a.b]` after `[[a]]` opens `b` in the latest `a`.
        path = joinIndex(path, next.length - 1);
        next = next[next.length - 1];
      }
      if (!isTable(next)) cursor.fail(`\`${key.join('.')}\` is not a table`);
      target = next as Table;
    });
    return { table: target, path };
  };

  let current = { table: root, path: '' };
  for (;;) {
    cursor.skipBlank();
    if (cursor.done) break;
    if (cursor.peek() === '[') {
      const asArray = cursor.peek(1) === '[';
      cursor.at += asArray ? 2 : 1;
      const key = cursor.readKey();
      const close = asArray ? ']]' : ']';
      if (!text.startsWith(close, cursor.at)) cursor.fail(`expected \`${close}\``);
      current = openTable(key, asArray);
      cursor.at += close.length;
    } else {
      assign(current.table, current.path);
    }
    cursor.expectLineEnd();
  }
  return { value: root, positions };
}
