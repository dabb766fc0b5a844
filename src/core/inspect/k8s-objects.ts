import { asMapping } from './as-mapping.js';
import type { ParsedStructure } from './parsed-structure.js';

type Mapping = Record<string, unknown>;

/** A Kubernetes object found in a manifest stream. */
export interface K8sObject {
  /** `kind/namespace/name`: how an object is paired across base and head. */
  readonly id: string;
  readonly kind: string;
  /** How summaries name it: "Deployment `api`". */
  readonly label: string;
  readonly value: Mapping;
  readonly document: ParsedStructure;
}

/** The value at a key path (`['spec', 'replicas']`), or undefined. */
export function valueAt(value: unknown, path: readonly string[]): unknown {
  let node = value;
  for (const key of path) {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return undefined;
    node = (node as Mapping)[key];
  }
  return node;
}

/** A deep copy of `value` without the given key paths, for comparing "everything else". */
export function omitPaths(value: unknown, paths: readonly (readonly string[])[]): unknown {
  if (paths.length === 0 || value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const out: Mapping = {};
  for (const [key, child] of Object.entries(value as Mapping)) {
    const below = paths.filter((path) => path[0] === key);
    if (below.some((path) => path.length === 1)) continue;
    out[key] = omitPaths(
      child,
      below.map((path) => path.slice(1)),
    );
  }
  return out;
}

/** Workload kinds whose pods are described by `spec.template`. */
const TEMPLATED_WORKLOADS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'ReplicationController']);

/** Where a kind keeps its pod spec (containers, volumes), or undefined when it runs no pods. */
export function podSpecPath(kind: string): readonly string[] | undefined {
  if (kind === 'Pod') return ['spec'];
  if (kind === 'CronJob') return ['spec', 'jobTemplate', 'spec', 'template', 'spec'];
  return TEMPLATED_WORKLOADS.has(kind) ? ['spec', 'template', 'spec'] : undefined;
}

/** The objects of a manifest stream: documents with a `kind` (and usually a `metadata.name`). */
export function k8sObjects(documents: readonly ParsedStructure[]): K8sObject[] {
  const seen = new Map<string, number>();
  const objects: K8sObject[] = [];
  documents.forEach((document, index) => {
    const value = asMapping(document.value);
    if (typeof value.kind !== 'string' || typeof value.apiVersion !== 'string') return;
    const metadata = asMapping(value.metadata);
    const name = typeof metadata.name === 'string' ? metadata.name : `#${index + 1}`;
    const namespace = typeof metadata.namespace === 'string' ? metadata.namespace : '';
    const base = `${value.kind}/${namespace}/${name}`;
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    const id = count === 0 ? base : `${base}#${count}`;
    objects.push({ id, kind: value.kind, label: `${value.kind} \`${name}\``, value, document });
  });
  return objects;
}
