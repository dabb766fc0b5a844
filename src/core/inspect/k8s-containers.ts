import type { Change } from '../types.js';
import { asMapping } from './as-mapping.js';
import { imageRepository } from './image-reference.js';
import { HIDDEN, keyedChanges } from './keyed-changes.js';
import { joinIndex, joinKey } from './key-path.js';
import { makeChange } from './make-change.js';
import type { ParsedStructure } from './parsed-structure.js';
import { pairKeyed, type KeyedValue } from './patch-lines.js';
import { canonicalValue, renderValue, shorten } from './render-value.js';
import { diffStructured } from './structured-diff.js';

/** A container list on one side: the list and where it sits in its document. */
export interface ContainerList {
  readonly document: ParsedStructure;
  /** Key path of the list, e.g. `spec.template.spec.containers`. */
  readonly at: string;
  readonly list: unknown;
}

interface Container {
  readonly name: string;
  readonly at: string;
  readonly value: Record<string, unknown>;
  readonly document: ParsedStructure;
}

/** One container on both sides, and how summaries name it. */
interface ContainerPair {
  readonly file: string;
  readonly label: string;
  readonly before: Container;
  readonly after: Container;
}

const RESOURCE_SECTIONS = ['requests', 'limits'] as const;
/** Fields compared on their own; everything else a container says is compared key by key. */
const REVIEWED_FIELDS = new Set(['name', 'image', 'resources', 'env', 'ports']);

function containersOf(side: ContainerList): Container[] {
  if (!Array.isArray(side.list)) return [];
  return side.list.map((item, index) => {
    const value = asMapping(item);
    const name = typeof value.name === 'string' ? value.name : `#${index + 1}`;
    return { name, at: joinIndex(side.at, index), value, document: side.document };
  });
}

/** Line of a path in a container, or of the container itself. */
function lineIn(container: Container, path: string): number | undefined {
  return container.document.positions.get(path)?.line ?? container.document.positions.get(container.at)?.line;
}

function compareImage({ file, label, before, after }: ContainerPair): Change[] {
  const [oldImage, newImage] = [String(before.value.image ?? ''), String(after.value.image ?? '')];
  if (oldImage === newImage) return [];
  return [
    makeChange({
      file,
      line: lineIn(after, joinKey(after.at, 'image')),
      kind: 'image',
      key: imageRepository(newImage || oldImage),
      before: oldImage,
      after: newImage,
      summary: `${label}: image \`${shorten(oldImage)}\` → \`${shorten(newImage)}\``,
    }),
  ];
}

/** Requests and limits, resource by resource (`limits.nvidia.com/gpu`). */
function compareResources({ file, label, before, after }: ContainerPair): Change[] {
  const changes: Change[] = [];
  for (const section of RESOURCE_SECTIONS) {
    const sectionOf = (container: Container) => asMapping(asMapping(container.value.resources)[section]);
    const [old, next] = [sectionOf(before), sectionOf(after)];
    for (const resource of new Set([...Object.keys(next), ...Object.keys(old)])) {
      const [a, b] = [old[resource], next[resource]];
      if (canonicalValue(a) === canonicalValue(b)) continue;
      const key = `${section}.${resource}`;
      const [shownA, shownB] = [a === undefined ? undefined : String(a), b === undefined ? undefined : String(b)];
      const detail =
        shownA === undefined ? `set to ${shownB}` : shownB === undefined ? `removed (was ${shownA})` : `${shownA} → ${shownB}`;
      const line = lineIn(after, joinKey(joinKey(joinKey(after.at, 'resources'), section), resource));
      const summary = `${label}: ${key} ${detail}`;
      changes.push(makeChange({ file, line, kind: 'resources', key, before: shownA, after: shownB, summary }));
    }
  }
  return changes;
}

function envValue(entry: Record<string, unknown>): string {
  if (entry.value !== undefined) return String(entry.value);
  const from = asMapping(entry.valueFrom);
  const secret = asMapping(from.secretKeyRef);
  if (Object.keys(secret).length > 0) return `from secret ${String(secret.name)}/${String(secret.key)}`;
  const configMap = asMapping(from.configMapKeyRef);
  if (Object.keys(configMap).length > 0) return `from config map ${String(configMap.name)}/${String(configMap.key)}`;
  return renderValue(from);
}

/** Reads a list field of a container (`env`, `ports`) as keyed values with their lines. */
function listValues(
  container: Container,
  field: string,
  read: (entry: Record<string, unknown>) => { key: string; value: string } | undefined,
): KeyedValue[] {
  const list = container.value[field];
  return (Array.isArray(list) ? list : []).flatMap((item, index) => {
    const found = read(asMapping(item));
    return found === undefined
      ? []
      : [{ ...found, line: lineIn(container, joinIndex(joinKey(container.at, field), index)) ?? 0 }];
  });
}

/** Environment variables by name; values of secret-looking names are hidden. */
function compareEnv({ file, label, before, after }: ContainerPair): Change[] {
  const read = (entry: Record<string, unknown>) =>
    typeof entry.name === 'string' ? { key: entry.name, value: envValue(entry) } : undefined;
  return keyedChanges({
    file,
    kind: 'environment',
    pairs: pairKeyed({ removed: listValues(before, 'env', read), added: listValues(after, 'env', read) }),
    wording: {
      changed: (key, a, b) => `${label}: env \`${key}\` ${a} → ${b}`,
      changedHidden: (key) => `${label}: env \`${key}\` changed ${HIDDEN}`,
      added: (key, b) => `${label}: env \`${key}\` set to ${b}`,
      removed: (key) => `${label}: env \`${key}\` removed`,
    },
  });
}

function comparePorts({ file, label, before, after }: ContainerPair): Change[] {
  const read = (port: Record<string, unknown>) => {
    const protocol = typeof port.protocol === 'string' && port.protocol !== 'TCP' ? `/${port.protocol}` : '';
    return { key: 'port', value: `${String(port.containerPort)}${protocol}` };
  };
  return keyedChanges({
    file,
    kind: 'port',
    pairs: pairKeyed({ removed: listValues(before, 'ports', read), added: listValues(after, 'ports', read) }),
    wording: {
      changed: (_key, a, b) => `${label}: port ${a} → ${b}`,
      added: (_key, b) => `${label}: new port ${b}`,
      removed: (_key, a) => `${label}: port ${a} removed`,
    },
  });
}

function compareRest({ file, label, before, after }: ContainerPair): Change[] {
  const side = (container: Container) => ({
    value: Object.fromEntries(Object.entries(container.value).filter(([key]) => !REVIEWED_FIELDS.has(key))),
    positions: container.document.positions,
    at: container.at,
  });
  return diffStructured({ file, base: side(before), head: side(after), kindOf: () => 'deployment-config', label });
}

/**
 * Compares the containers of one workload by name: image, requests and limits (GPUs included),
 * environment (secret-looking values hidden), ports, then any other field key by key.
 */
export function compareContainers({
  file,
  label,
  base,
  head,
}: {
  readonly file: string;
  readonly label: string;
  readonly base: ContainerList;
  readonly head: ContainerList;
}): Change[] {
  const before = new Map(containersOf(base).map((container) => [container.name, container]));
  const after = containersOf(head);
  const changes: Change[] = [];
  for (const container of after) {
    const old = before.get(container.name);
    if (old === undefined) {
      const summary = `${label}: new container \`${container.name}\` (image \`${shorten(String(container.value.image ?? 'none'))}\`)`;
      const line = lineIn(container, container.at);
      changes.push(makeChange({ file, line, kind: 'deployment-config', key: container.name, summary }));
      continue;
    }
    const pair: ContainerPair = { file, label: `${label} container \`${container.name}\``, before: old, after: container };
    changes.push(
      ...compareImage(pair),
      ...compareResources(pair),
      ...compareEnv(pair),
      ...comparePorts(pair),
      ...compareRest(pair),
    );
  }
  const names = new Set(after.map((container) => container.name));
  for (const old of before.values()) {
    if (names.has(old.name)) continue;
    const summary = `${label}: container \`${old.name}\` removed`;
    changes.push(makeChange({ file, line: lineIn(old, old.at), kind: 'deployment-config', key: old.name, summary }));
  }
  return changes;
}
