import { deploymentKindOf } from '../deployment-kind-of.js';
import { filePath } from '../file-path.js';
import type { Inspector } from '../inspector.js';
import { asMapping } from '../as-mapping.js';
import { loadSides } from '../load-sides.js';
import type { ParsedStructure } from '../parsed-structure.js';
import { readYaml } from '../read-yaml.js';
import { diffStructured } from '../structured-diff.js';

/** `environment: [A=1, B]` means the same as `environment: {A: '1', B: null}`; compare maps. */
function environmentAsMap(environment: unknown): unknown {
  if (!Array.isArray(environment)) return environment;
  return Object.fromEntries(
    environment.map((entry) => {
      const text = String(entry);
      const equals = text.indexOf('=');
      return equals < 0 ? [text, null] : [text.slice(0, equals), text.slice(equals + 1)];
    }),
  );
}

function normalized(document: ParsedStructure | undefined) {
  if (document === undefined) return undefined;
  const root = asMapping(document.value);
  const services = Object.fromEntries(
    Object.entries(asMapping(root.services)).map(([name, service]) => {
      const definition = asMapping(service);
      const environment = environmentAsMap(definition.environment);
      return [name, definition.environment === undefined ? definition : { ...definition, environment }];
    }),
  );
  return { value: root.services === undefined ? root : { ...root, services }, positions: document.positions };
}

/**
 * Docker Compose files: service images and tags, environment (secret-looking values hidden),
 * ports, replicas and resources, key by key: "`services.api.image`: org/api:1.0 → org/api:1.1".
 */
export const compose: Inspector = {
  name: 'compose',
  matches: (path) => /^(docker-)?compose([.-].+)?\.ya?ml$/.test(filePath(path).lower),
  readsFirst: true,
  async inspect(input) {
    const loaded = await loadSides({ input, read: readYaml });
    if (!loaded.ok) return loaded.changes;
    const [base, head] = [normalized(loaded.base), normalized(loaded.head)];
    return diffStructured({ file: input.file.path, base, head, kindOf: deploymentKindOf });
  },
};
