import type { Change } from '../../types.js';
import { asMapping } from '../as-mapping.js';
import { deploymentKindOf } from '../deployment-kind-of.js';
import { filePath } from '../file-path.js';
import type { Inspector } from '../inspector.js';
import { compareObjects, imagesOf } from '../k8s-compare.js';
import { k8sObjects, type K8sObject } from '../k8s-objects.js';
import { loadSides } from '../load-sides.js';
import { makeChange } from '../make-change.js';
import type { ParsedStructure } from '../parsed-structure.js';
import { readYamlDocuments } from '../read-yaml.js';
import { shorten } from '../render-value.js';
import { diffStructured } from '../structured-diff.js';

/** Directories deployment manifests, charts and overlays live in. */
const DEPLOY_DIRS = new Set([
  'k8s',
  'kubernetes',
  'kube',
  'manifests',
  'deploy',
  'deployment',
  'deployments',
  'helm',
  'charts',
  'chart',
  'kustomize',
  'overlays',
  'openshift',
  'argocd',
  'serving',
]);
/** Kinds of objects whose manifests are often named after them (`hpa.yaml`, `inference-service.yaml`). */
const MANIFEST_WORDS =
  'deployment|service|ingress|hpa|autoscaler|cronjob|statefulset|daemonset|inferenceservice|kserve|seldon|k8s|kubernetes';
/** File names of manifests, Helm values and kustomizations wherever they live. */
const DEPLOY_NAME = new RegExp(`^(values([.-].*)?|kustomization|chart|.*(${MANIFEST_WORDS}).*)\\.ya?ml$`);

function isDeploymentYaml(path: string): boolean {
  const { lower, dirs, ext } = filePath(path);
  if (ext !== 'yaml' && ext !== 'yml') return false;
  return DEPLOY_NAME.test(lower) || dirs.some((dir) => DEPLOY_DIRS.has(dir));
}

/** Kustomize lists images by name; keyed by name they diff as `images.api.newTag`. */
function keyedKustomizeImages(value: unknown): unknown {
  const root = asMapping(value);
  if (!Array.isArray(root.images) || !root.images.every((image) => typeof asMapping(image).name === 'string')) return value;
  const images = Object.fromEntries(
    root.images.map((image) => {
      const { name, ...rest } = asMapping(image);
      return [String(name), rest];
    }),
  );
  return { ...root, images };
}

interface Sides<T> {
  readonly file: string;
  readonly base: T;
  readonly head: T;
}

const kindLine = (object: K8sObject): number | undefined => object.document.positions.get('kind')?.line;

function compareManifests({ file, base, head }: Sides<K8sObject[]>): Change[] {
  const before = new Map(base.map((object) => [object.id, object]));
  const changes: Change[] = [];
  for (const object of head) {
    const old = before.get(object.id);
    if (old !== undefined) {
      changes.push(...compareObjects({ file, before: old, after: object }));
      continue;
    }
    const images = imagesOf(object).map((image) => `\`${shorten(image)}\``);
    const summary = `new ${object.label}${images.length > 0 ? ` (image ${images.join(', ')})` : ''}`;
    changes.push(makeChange({ file, line: kindLine(object), kind: 'deployment-config', key: object.id, summary }));
  }
  const ids = new Set(head.map((object) => object.id));
  for (const object of base) {
    if (ids.has(object.id)) continue;
    changes.push(
      makeChange({ file, line: kindLine(object), kind: 'deployment-config', key: object.id, summary: `removed ${object.label}` }),
    );
  }
  return changes;
}

/** Documents without a `kind` (Helm values, kustomizations) are compared key by key. */
function compareValues({ file, base, head }: Sides<ParsedStructure[]>): Change[] {
  const count = Math.max(base.length, head.length);
  return Array.from({ length: count }, (_, index) => {
    const side = (documents: ParsedStructure[]) => {
      const document = documents[index];
      return document === undefined ? undefined : { value: keyedKustomizeImages(document.value), positions: document.positions };
    };
    const label = count > 1 ? { label: `document ${index + 1}` } : {};
    return diffStructured({ file, base: side(base), head: side(head), kindOf: deploymentKindOf, ...label });
  }).flat();
}

/**
 * Kubernetes manifests (multi-document), Helm values and kustomizations: image tags, replicas,
 * requests and limits (GPUs included), environment with secret-looking values hidden, ports,
 * autoscaling bounds, CronJob schedules; objects added and removed; the rest key by key.
 */
export const kubernetes: Inspector = {
  name: 'kubernetes',
  matches: isDeploymentYaml,
  readsFirst: true,
  async inspect(input) {
    const file = input.file.path;
    const loaded = await loadSides({ input, read: readYamlDocuments });
    if (!loaded.ok) return loaded.changes;
    const [base, head] = [loaded.base ?? [], loaded.head ?? []];
    const [baseObjects, headObjects] = [k8sObjects(base), k8sObjects(head)];
    if (baseObjects.length === 0 && headObjects.length === 0) return compareValues({ file, base, head });
    return compareManifests({ file, base: baseObjects, head: headObjects });
  },
};
