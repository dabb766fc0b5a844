import type { Change } from '../../types.js';
import { deploymentKindOf } from '../deployment-kind-of.js';
import { filePath } from '../file-path.js';
import type { Inspector } from '../inspector.js';
import { HIDDEN, keyedChanges } from '../keyed-changes.js';
import { changedLines, pairKeyed, type KeyedValue } from '../patch-lines.js';
import { patchOrContent } from '../patch-or-content.js';

/** Manifest keys worth naming even inside a template, where the document cannot be parsed. */
const TEMPLATE_KEY =
  /^\s*-?\s*(image|replicas|replicaCount|cpu|memory|nvidia\.com\/gpu|containerPort|minReplicas|maxReplicas|schedule)\s*:\s*(.+)$/s;

/**
 * Helm chart templates: Go templating makes them invalid YAML, so notable keys (image,
 * replicas, cpu, memory, GPUs, ports, autoscaling, schedule) are read from the patch lines.
 */
export const helmTemplate: Inspector = {
  name: 'helm-template',
  matches: (path) => {
    const { dirs, ext } = filePath(path);
    return dirs.includes('templates') && ['yaml', 'yml', 'tpl'].includes(ext);
  },
  async inspect(input): Promise<Change[]> {
    const { patch, problem } = await patchOrContent(input);
    if (problem !== undefined) return [problem];
    const lines = changedLines(patch);
    const read = (kind: 'add' | 'del'): KeyedValue[] =>
      lines.flatMap((line) => {
        const match = line.kind === kind ? TEMPLATE_KEY.exec(line.text) : null;
        // The value's trailing blanks are trimmed here: a lazy value before `\s*$` would backtrack.
        const value = (match?.[2] ?? '').trimEnd();
        return match === null || value === '' ? [] : [{ key: match[1] ?? '', value, line: line.line }];
      });
    return keyedChanges({
      file: input.file.path,
      kind: deploymentKindOf,
      pairs: pairKeyed({ removed: read('del'), added: read('add') }),
      wording: {
        changed: (key, before, after) => `\`${key}\`: ${before} → ${after}`,
        changedHidden: (key) => `\`${key}\`: changed ${HIDDEN}`,
        added: (key, after) => `\`${key}\` set: ${after}`,
        removed: (key, before) => `\`${key}\` removed (was ${before})`,
      },
    });
  },
};
