import type { ChangeKind } from './change-kinds.js';
import { lastSegment } from './render-value.js';

const SCALING = /(^|[.[])(replicas|replicaCount|minReplicas|maxReplicas|minReplicaCount|maxReplicaCount|autoscaling)([.[\]]|$)/i;

/**
 * The kind of a deployment setting from its key path, for Helm values, kustomizations, compose
 * files and anything else without a schema: `image.tag` is an image, `replicaCount` scaling, ...
 */
export function deploymentKindOf(key: string): ChangeKind {
  const last = lastSegment(key);
  if (/image/i.test(key) || /^(newTag|newName|digest)$/.test(last)) return 'image';
  if (SCALING.test(key)) return 'scaling';
  if (/(^|[.[])resources([.[\]]|$)/.test(key) || /^(cpus?|memory|nvidia\.com\/gpu|gpus?)$/i.test(last)) return 'resources';
  if (/(^|[.[])(env|environment|extraEnv|envVars|envFrom)([.[\]]|$)/i.test(key)) return 'environment';
  if (/ports?$/i.test(last)) return 'port';
  if (/(^|[.[])schedule$/i.test(key)) return 'schedule';
  return 'deployment-config';
}
