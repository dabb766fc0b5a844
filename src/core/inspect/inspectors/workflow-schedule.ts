import type { Inspector } from '../inspector.js';
import { keyedChanges, type Wording } from '../keyed-changes.js';
import { changedLines, pairKeyed, type KeyedValue } from '../patch-lines.js';
import { patchOrContent } from '../patch-or-content.js';

/** `- cron: '0 2 * * *'` under `on.schedule`, quoted or not. */
const CRON = /^\s*-?\s*cron\s*:\s*(['"]?)(.+?)\1\s*(?:#.*)?$/;

const WORDING: Wording = {
  changed: (_key, before, after) => `workflow schedule \`${before}\` → \`${after}\``,
  added: (_key, after) => `new workflow schedule \`${after}\``,
  removed: (_key, before) => `workflow schedule \`${before}\` removed`,
};

/** GitHub Actions workflows: scheduled runs (retraining, batch scoring) read from `cron:` lines. */
export const workflowSchedule: Inspector = {
  name: 'workflow-schedule',
  matches: (path) => /^\.github\/workflows\/[^/]+\.ya?ml$/i.test(path),
  async inspect(input) {
    const { patch, problem } = await patchOrContent(input);
    if (problem !== undefined) return [problem];
    const lines = changedLines(patch);
    const read = (kind: 'add' | 'del'): KeyedValue[] =>
      lines.flatMap((line) => {
        const cron = line.kind === kind ? CRON.exec(line.text)?.[2] : undefined;
        return cron === undefined ? [] : [{ key: 'cron', value: cron, line: line.line }];
      });
    const pairs = pairKeyed({ removed: read('del'), added: read('add') });
    return keyedChanges({ file: input.file.path, kind: 'schedule', pairs, wording: WORDING });
  },
};
