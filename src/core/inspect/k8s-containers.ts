import type { Change } from '../types.js';
import { asMapping } from './as-mapping.js';
import { keyedChanges } from './keyed-changes.js';
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
}

const RESOURCE_SECTIONS = ['requests', 'limits'] as const;

function containersOf(side: ContainerList): Container[] {
  if (!Array.isArray(side.list)) return [];
  return side.list.map((item, index) => {
    const value = asMapping(item);
    return { name: typeof value.name === 'string' ? value.name : `#${index + 1}`, at: joinIndex(side.at, index), value };
  });
}

/** The repository of an image reference, without tag or digest: what docs name. */
export function imageRepository(reference: string): string {
  const withoutDigest = reference.split('@')[0] ?? reference;
  const colon = withoutDigest.lastIndexOf(':');
  return colon > withoutDigest.lastIndexOf('/') ? withoutDigest.slice(0, colon) : withoutDigest;
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

function compareContainer({ file, label, before, after, base, head }: { file: string; label: string; before: Container; after: Container; base: ParsedStructure; head: ParsedStructure }): Change[] {
  const changes: Change[] = [];
  const lineOf = (path: string): number | undefined => head.positions.get(path)?.line ?? head.positions.get(after.at)?.line;
  const [oldImage, newImage] = [String(before.value.image ?? ''), String(after.value.image ?? '')];
  if (oldImage !== newImage) {
    const summary = `${label}: image \`${shorten(oldImage)}\` → \`${shorten(newImage)}\``;
    changes.push(makeChange({ file, line: lineOf(joinKey(after.at, 'image')), kind: 'image', key: imageRepository(newImage || oldImage), before: oldImage, after: newImage, summary }));
  }
  for (const section of RESOURCE_SECTIONS) {
    const [old, next] = [asMapping(asMapping(before.value.resources)[section]), asMapping(asMapping(after.value.resources)[section])];
    for (const resource of new Set([...Object.keys(next), ...Object.keys(old)])) {
      const [a, b] = [old[resource], next[resource]];
      if (canonicalValue(a) === canonicalValue(b)) continue;
      const key = `${section}.${resource}`;
      const detail = a === undefined ? `${key} set to ${String(b)}` : b === undefined ? `${key} removed (was ${String(a)})` : `${key} ${String(a)} → ${String(b)}`;
      const line = lineOf(joinKey(joinKey(joinKey(after.at, 'resources'), section), resource));
      changes.push(makeChange({ file, line, kind: 'resources', key, before: a === undefined ? undefined : String(a), after: b === undefined ? undefined : String(b), summary: `${label}: ${detail}` }));
    }
  }
  const envOf = (container: Container, document: ParsedStructure): KeyedValue[] =>
    (Array.isArray(container.value.env) ? container.value.env : []).flatMap((item, index) => {
      const entry = asMapping(item);
      const line = document.positions.get(joinIndex(joinKey(container.at, 'env'), index))?.line ?? document.positions.get(container.at)?.line ?? 0;
      return typeof entry.name === 'string' ? [{ key: entry.name, value: envValue(entry), line }] : [];
    });
  changes.push(
    ...keyedChanges({
      file,
      kind: 'environment',
      pairs: pairKeyed({ removed: envOf(before, base), added: envOf(after, head) }),
      wording: {
        changed: (key, a, b) => (a === b ? `${label}: env \`${key}\` changed ${b}` : `${label}: env \`${key}\` ${a} → ${b}`),
        added: (key, b) => `${label}: env \`${key}\` set to ${b}`,
        removed: (key) => `${label}: env \`${key}\` removed`,
      },
    }),
  );
  const portsOf = (container: Container, document: ParsedStructure): KeyedValue[] =>
    (Array.isArray(container.value.ports) ? container.value.ports : []).map((item, index) => {
      const port = asMapping(item);
      const protocol = typeof port.protocol === 'string' && port.protocol !== 'TCP' ? `/${port.protocol}` : '';
      return { key: 'port', value: `${String(port.containerPort)}${protocol}`, line: document.positions.get(joinIndex(joinKey(container.at, 'ports'), index))?.line ?? document.positions.get(container.at)?.line ?? 0 };
    });
  changes.push(
    ...keyedChanges({
      file,
      kind: 'port',
      pairs: pairKeyed({ removed: portsOf(before, base), added: portsOf(after, head) }),
      wording: {
        changed: (_key, a, b) => `${label}: port ${a} → ${b}`,
        added: (_key, b) => `${label}: new port ${b}`,
        removed: (_key, a) => `${label}: port ${a} removed`,
      },
    }),
  );
  const rest = (container: Container) => Object.fromEntries(Object.entries(container.value).filter(([key]) => !['name', 'image', 'resources', 'env', 'ports'].includes(key)));
  return [
    ...changes,
    ...diffStructured({
      file,
      base: { value: rest(before), positions: base.positions, at: before.at },
      head: { value: rest(after), positions: head.positions, at: after.at },
      kindOf: () => 'deployment-config',
      label,
    }),
  ];
}

/**
 * Compares the containers of one workload by name: image, requests and limits (GPUs included),
 * environment (secret-looking values hidden), ports, then any other field key by key.
 */
export function compareContainers({ file, label, base, head }: { file: string; label: string; base: ContainerList; head: ContainerList }): Change[] {
  const before = new Map(containersOf(base).map((container) => [container.name, container]));
  const after = containersOf(head);
  const changes: Change[] = [];
  for (const container of after) {
    const old = before.get(container.name);
    const containerLabel = `${label} container \`${container.name}\``;
    if (old === undefined) {
      const summary = `${label}: new container \`${container.name}\` (image \`${shorten(String(container.value.image ?? 'none'))}\`)`;
      changes.push(makeChange({ file, line: head.document.positions.get(container.at)?.line, kind: 'deployment-config', key: container.name, summary }));
    } else {
      changes.push(...compareContainer({ file, label: containerLabel, before: old, after: container, base: base.document, head: head.document }));
    }
  }
  const names = new Set(after.map((container) => container.name));
  for (const old of before.values()) {
    if (!names.has(old.name)) changes.push(makeChange({ file, line: base.document.positions.get(old.at)?.line, kind: 'deployment-config', key: old.name, summary: `${label}: container \`${old.name}\` removed` }));
  }
  return changes;
}
