import { isAlias, isMap, isScalar, isSeq, LineCounter, parseAllDocuments, parseDocument, type Document, type Node } from 'yaml';
import { joinIndex, joinKey } from './key-path.js';
import { ParseFailure, type ParsedStructure, type Position } from './parsed-structure.js';
import { readSimpleYaml } from './read-simple-yaml.js';

/*
 * `merge` because experiment configs share defaults through `<<: *anchor`; `uniqueKeys` keeps
 * duplicate keys an error, since which of two values wins is exactly what a reviewer must see.
 */
const YAML_OPTIONS = { merge: true, uniqueKeys: true } as const;

function keyText(key: unknown): string {
  return isScalar(key) ? String(key.value) : String(key);
}

function collectPositions({
  node,
  path,
  lineOf,
  out,
}: {
  readonly node: unknown;
  readonly path: string;
  readonly lineOf: (offset: number) => number;
  readonly out: Map<string, Position>;
}): void {
  if (isAlias(node)) return;
  const record = (childPath: string, anchor: Node | null | undefined, value: unknown): void => {
    if (anchor?.range === undefined || anchor.range === null) return;
    const source = isScalar(value) && typeof value.source === 'string' && value.source !== '' ? value.source : undefined;
    out.set(childPath, { line: lineOf(anchor.range[0]), ...(source === undefined ? {} : { source }) });
  };
  if (isMap(node)) {
    for (const pair of node.items) {
      const childPath = joinKey(path, keyText(pair.key));
      record(childPath, isScalar(pair.key) ? pair.key : (pair.value as Node | null), pair.value);
      collectPositions({ node: pair.value, path: childPath, lineOf, out });
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => {
      const childPath = joinIndex(path, index);
      record(childPath, item as Node | null, item);
      collectPositions({ node: item, path: childPath, lineOf, out });
    });
  }
}

function toStructure(document: Document, lineCounter: LineCounter): ParsedStructure {
  const first = document.errors[0];
  if (first !== undefined) {
    const line = first.linePos?.[0].line;
    throw new ParseFailure(first.message.split('\n')[0]?.replace(/:$/, '') ?? first.message, line);
  }
  const positions = new Map<string, Position>();
  collectPositions({ node: document.contents, path: '', lineOf: (offset) => lineCounter.linePos(offset).line, out: positions });
  return { value: document.toJS({ maxAliasCount: 1000 }) as unknown, positions };
}

/** Parses one YAML document with the position of every key. Throws `ParseFailure`. */
export function readYaml(text: string): ParsedStructure {
  return readSimpleYaml(text) ?? readFullYaml(text);
}

/** `readYaml` through the full parser, whatever the document holds. Throws `ParseFailure`. */
export function readFullYaml(text: string): ParsedStructure {
  const lineCounter = new LineCounter();
  return toStructure(parseDocument(text, { ...YAML_OPTIONS, lineCounter }), lineCounter);
}

/** Parses every document of a YAML stream (`---` separated), e.g. Kubernetes manifests. */
export function readYamlDocuments(text: string): ParsedStructure[] {
  const simple = readSimpleYaml(text);
  if (simple !== undefined) return [simple];
  const lineCounter = new LineCounter();
  const documents = parseAllDocuments(text, { ...YAML_OPTIONS, lineCounter });
  if (!Array.isArray(documents)) return [];
  return documents.map((document) => toStructure(document, lineCounter));
}
