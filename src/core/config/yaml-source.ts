import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type Node,
  type YAMLError,
} from 'yaml';
import type { ConfigProblem } from '../types.js';
import { ConfigError, describeLocation } from './config-error.js';

/**
 * How many nodes aliases may expand to in total. A real config reuses a glob list a few times;
 * a "billion laughs" file nests aliases to blow up into millions of nodes. yaml's default (100)
 * is meant for data files; a config never needs more than this.
 */
const MAX_ALIAS_EXPANSION = 50;

/** A 1-based line and column in the file. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** A path into the parsed data: mapping keys and sequence indexes. */
export type DataPath = readonly (string | number)[];

/** A parsed YAML file: its plain data, and where each of its nodes is. */
export interface YamlSource {
  readonly data: unknown;
  /**
   * The position of the value at `path` (with `key: true`, of the key that names it). When the
   * path goes further than the file does, the position of the deepest node that exists.
   */
  locate(path: DataPath, options?: { readonly key?: boolean }): Position | undefined;
}

/**
 * Parses a config file's text as one YAML document, keeping the positions of its nodes.
 *
 * @throws ConfigError (`syntax`) listing every YAML error and warning (duplicate keys, bad
 *   indentation, unknown tags, several documents, alias bombs) with its line and column.
 */
export function readYaml({ text, file, ref }: { text: string; file: string; ref?: string }): YamlSource {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const position = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const problem = (message: string, at: Position | undefined): ConfigProblem => ({
    file,
    ...(ref === undefined ? {} : { ref }),
    ...at,
    message: `YAML syntax error ${describeLocation({ file, ref, ...at })}: ${message}`,
  });

  const issues = [...document.errors, ...document.warnings];
  if (issues.length > 0) {
    const problems = issues.map((issue) => problem(explain({ issue, text }), position(issue.pos[0])));
    throw new ConfigError({ kind: 'syntax', problems });
  }

  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIAS_EXPANSION });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    const alias = firstAliasOffset(document);
    const message = `its aliases (\`*name\`) expand to more than ${MAX_ALIAS_EXPANSION} nodes; write the lists out instead`;
    throw new ConfigError({ kind: 'syntax', problems: [problem(message, alias === undefined ? undefined : position(alias))] });
  }

  return {
    data,
    locate(path, options = {}) {
      let node: unknown = document.contents;
      const start = offsetOf(node);
      let found = start === undefined ? undefined : position(start);
      for (const [index, segment] of path.entries()) {
        const step = childOf(node, segment);
        if (step === undefined) return found;
        const last = index === path.length - 1;
        const target = last && options.key === true ? step.key : step.value;
        const offset = offsetOf(target) ?? offsetOf(step.key);
        if (offset !== undefined) found = position(offset);
        node = step.value;
      }
      return found;
    },
  };
}

/** yaml's own words, except where naming the key or the file's shape says more. */
function explain({ issue, text }: { issue: YAMLError; text: string }): string {
  if (issue.code === 'MULTIPLE_DOCS') return 'the file holds several YAML documents (`---`); a config is one document';
  if (issue.code === 'DUPLICATE_KEY') {
    const key = /^[^:\n]*/.exec(text.slice(issue.pos[0]))?.[0].trim();
    if (key) return `duplicate key \`${key}\`; a key may appear only once in a mapping`;
  }
  return issue.message;
}

function childOf(node: unknown, segment: string | number): { key: unknown; value: unknown } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((item) => isPair(item) && keyText(item.key) === String(segment));
    return pair === undefined ? undefined : { key: pair.key, value: pair.value };
  }
  if (isSeq(node) && typeof segment === 'number') {
    const item = node.items[segment];
    return item === undefined ? undefined : { key: item, value: item };
  }
  return undefined;
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}

function offsetOf(node: unknown): number | undefined {
  if (node === null || typeof node !== 'object' || !('range' in node)) return undefined;
  const range = (node as Node).range;
  return range === undefined || range === null ? undefined : range[0];
}

function firstAliasOffset(document: Document): number | undefined {
  let offset: number | undefined;
  visit(document, {
    Alias(_key, node) {
      if (isAlias(node)) offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  return offset;
}
