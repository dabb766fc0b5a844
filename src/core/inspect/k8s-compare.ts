import type { Change } from '../types.js';
import type { ChangeKind } from './change-kinds.js';
import { deploymentKindOf } from './deployment-kind-of.js';
import { compareContainers } from './k8s-containers.js';
import { asMapping } from './as-mapping.js';
import { omitPaths, podSpecPath, valueAt, type K8sObject } from './k8s-objects.js';
import { keyedChanges, type Wording } from './keyed-changes.js';
import { joinIndex } from './key-path.js';
import { makeChange } from './make-change.js';
import { pairKeyed, type KeyedValue } from './patch-lines.js';
import { canonicalValue, renderValue } from './render-value.js';
import { diffStructured } from './structured-diff.js';

/** A scalar setting reviewed on its own, for the kinds that have it (all when `kinds` is absent). */
interface Setting {
  readonly path: readonly string[];
  readonly name: string;
  readonly kind: ChangeKind;
  readonly kinds?: readonly string[];
}

const SETTINGS: readonly Setting[] = [
  { path: ['spec', 'replicas'], name: 'replicas', kind: 'scaling' },
  { path: ['spec', 'minReplicas'], name: 'minReplicas', kind: 'scaling', kinds: ['HorizontalPodAutoscaler'] },
  { path: ['spec', 'maxReplicas'], name: 'maxReplicas', kind: 'scaling', kinds: ['HorizontalPodAutoscaler'] },
  { path: ['spec', 'minReplicaCount'], name: 'minReplicaCount', kind: 'scaling', kinds: ['ScaledObject'] },
  { path: ['spec', 'maxReplicaCount'], name: 'maxReplicaCount', kind: 'scaling', kinds: ['ScaledObject'] },
  { path: ['spec', 'schedule'], name: 'schedule', kind: 'schedule', kinds: ['CronJob'] },
];
const CONTAINER_LISTS = ['containers', 'initContainers'] as const;
/** Kinds whose every value is confidential, whatever its key is called. */
const SECRET_KINDS = new Set(['Secret', 'SealedSecret']);

interface ObjectPair {
  readonly file: string;
  readonly before: K8sObject;
  readonly after: K8sObject;
}

function compareSetting({ file, before, after }: ObjectPair, setting: Setting): Change[] {
  const [a, b] = [valueAt(before.value, setting.path), valueAt(after.value, setting.path)];
  if (canonicalValue(a) === canonicalValue(b)) return [];
  const [shownA, shownB] = [a === undefined ? 'unset' : renderValue(a), b === undefined ? 'unset' : renderValue(b)];
  const line = after.document.positions.get(setting.path.join('.'))?.line;
  const summary = `${after.label}: ${setting.name} ${shownA} → ${shownB}`;
  return [makeChange({ file, line, kind: setting.kind, key: setting.name, before: shownA, after: shownB, summary })];
}

function servicePorts(object: K8sObject): KeyedValue[] {
  const ports = valueAt(object.value, ['spec', 'ports']);
  return (Array.isArray(ports) ? ports : []).map((item, index) => {
    const port = asMapping(item);
    const target = port.targetPort === undefined ? '' : `:${String(port.targetPort)}`;
    const line = object.document.positions.get(joinIndex('spec.ports', index))?.line ?? 0;
    return { key: 'port', value: `${String(port.port)}${target}`, line };
  });
}

function compareServicePorts({ file, before, after }: ObjectPair): Change[] {
  const wording: Wording = {
    changed: (_key, a, b) => `${after.label}: port ${a} → ${b}`,
    added: (_key, b) => `${after.label}: new port ${b}`,
    removed: (_key, a) => `${after.label}: port ${a} removed`,
  };
  const pairs = pairKeyed({ removed: servicePorts(before), added: servicePorts(after) });
  return keyedChanges({ file, kind: 'port', pairs, wording });
}

/** Compares one object present on both sides: scaling, schedules, containers, ports, the rest. */
export function compareObjects(pair: ObjectPair): Change[] {
  const { file, before, after } = pair;
  const changes: Change[] = [];
  // Paths compared above are left out of the key-by-key comparison of everything else.
  const reviewed: (readonly string[])[] = [];
  for (const setting of SETTINGS) {
    if (setting.kinds !== undefined && !setting.kinds.includes(after.kind)) continue;
    reviewed.push(setting.path);
    changes.push(...compareSetting(pair, setting));
  }
  const podSpec = podSpecPath(after.kind);
  if (podSpec !== undefined) {
    for (const list of CONTAINER_LISTS) {
      const path = [...podSpec, list];
      reviewed.push(path);
      const side = (object: K8sObject) => ({ document: object.document, at: path.join('.'), list: valueAt(object.value, path) });
      changes.push(...compareContainers({ file, label: after.label, base: side(before), head: side(after) }));
    }
  }
  if (after.kind === 'Service') {
    reviewed.push(['spec', 'ports']);
    changes.push(...compareServicePorts(pair));
  }
  const rest = (object: K8sObject) => ({ value: omitPaths(object.value, reviewed), positions: object.document.positions });
  const hide = SECRET_KINDS.has(after.kind) ? { hide: () => true } : {};
  const others = diffStructured({
    file,
    base: rest(before),
    head: rest(after),
    kindOf: deploymentKindOf,
    label: after.label,
    ...hide,
  });
  return [...changes, ...others];
}

/** The images an object runs, for naming a new workload. */
export function imagesOf(object: K8sObject): string[] {
  const podSpec = podSpecPath(object.kind);
  if (podSpec === undefined) return [];
  return CONTAINER_LISTS.flatMap((list) => {
    const containers = valueAt(object.value, [...podSpec, list]);
    const images = (Array.isArray(containers) ? containers : []).map((container) => asMapping(container).image);
    return images.filter((image): image is string => typeof image === 'string');
  });
}
