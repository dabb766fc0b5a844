import type { Change } from '../types.js';
import { deploymentKindOf } from './deployment-kind-of.js';
import { compareContainers } from './k8s-containers.js';
import { asMapping } from './as-mapping.js';
import { omitPaths, podSpecPath, valueAt, type K8sObject } from './k8s-objects.js';
import { keyedChanges } from './keyed-changes.js';
import { joinIndex } from './key-path.js';
import { makeChange } from './make-change.js';
import { pairKeyed, type KeyedValue } from './patch-lines.js';
import { canonicalValue, renderValue } from './render-value.js';
import type { ChangeKind } from './change-kinds.js';
import { diffStructured } from './structured-diff.js';

/** Scalar settings reviewed on their own, by the kinds that have them. */
const SETTINGS: readonly { readonly path: readonly string[]; readonly name: string; readonly kind: ChangeKind; readonly kinds?: readonly string[] }[] = [
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

function servicePorts(object: K8sObject): KeyedValue[] {
  const ports = valueAt(object.value, ['spec', 'ports']);
  return (Array.isArray(ports) ? ports : []).map((item, index) => {
    const port = asMapping(item);
    const target = port.targetPort === undefined ? '' : `:${String(port.targetPort)}`;
    return { key: 'port', value: `${String(port.port)}${target}`, line: object.document.positions.get(joinIndex('spec.ports', index))?.line ?? 0 };
  });
}

/** Compares one object present on both sides: scaling, schedules, containers, ports, the rest. */
export function compareObjects({ file, before, after }: { readonly file: string; readonly before: K8sObject; readonly after: K8sObject }): Change[] {
  const changes: Change[] = [];
  const handled: (readonly string[])[] = [];
  for (const setting of SETTINGS) {
    if (setting.kinds !== undefined && !setting.kinds.includes(after.kind)) continue;
    handled.push(setting.path);
    const [a, b] = [valueAt(before.value, setting.path), valueAt(after.value, setting.path)];
    if (canonicalValue(a) === canonicalValue(b)) continue;
    const [shownA, shownB] = [a === undefined ? 'unset' : renderValue(a), b === undefined ? 'unset' : renderValue(b)];
    const line = after.document.positions.get(setting.path.join('.'))?.line;
    const summary = `${after.label}: ${setting.name} ${shownA} → ${shownB}`;
    changes.push(makeChange({ file, line, kind: setting.kind, key: setting.name, before: shownA, after: shownB, summary }));
  }
  const podSpec = podSpecPath(after.kind);
  if (podSpec !== undefined) {
    for (const list of CONTAINER_LISTS) {
      const path = [...podSpec, list];
      handled.push(path);
      const side = (object: K8sObject) => ({ document: object.document, at: path.join('.'), list: valueAt(object.value, path) });
      changes.push(...compareContainers({ file, label: after.label, base: side(before), head: side(after) }));
    }
  }
  if (after.kind === 'Service') {
    handled.push(['spec', 'ports']);
    const pairs = pairKeyed({ removed: servicePorts(before), added: servicePorts(after) });
    const wording = { changed: (_k: string, a: string, b: string) => `${after.label}: port ${a} → ${b}`, added: (_k: string, b: string) => `${after.label}: new port ${b}`, removed: (_k: string, a: string) => `${after.label}: port ${a} removed` };
    changes.push(...keyedChanges({ file, kind: 'port', pairs, wording }));
  }
  const hide = SECRET_KINDS.has(after.kind) ? () => true : undefined;
  const rest = (object: K8sObject) => ({ value: omitPaths(object.value, handled), positions: object.document.positions });
  return [...changes, ...diffStructured({ file, base: rest(before), head: rest(after), kindOf: deploymentKindOf, label: after.label, ...(hide ? { hide } : {}) })];
}

/** The images an object runs, for naming a new workload. */
export function imagesOf(object: K8sObject): string[] {
  const podSpec = podSpecPath(object.kind);
  if (podSpec === undefined) return [];
  return CONTAINER_LISTS.flatMap((list) => {
    const containers = valueAt(object.value, [...podSpec, list]);
    return (Array.isArray(containers) ? containers : []).map((container) => asMapping(container).image).filter((image): image is string => typeof image === 'string');
  });
}
