import type { Change } from '../../types.js';
import { filePath } from '../file-path.js';
import type { Inspector } from '../inspector.js';
import { lineValue } from '../line-value.js';
import { keyedChanges, type Wording } from '../keyed-changes.js';
import { changedLines, pairKeyed, type KeyedValue } from '../patch-lines.js';
import { patchOrContent } from '../patch-or-content.js';
import { codeChange } from './source-code.js';

/**
 * `schedule_interval=...`, `schedule=...` (Airflow 2.4+), `timetable=...` as arguments or as
 * `default_args` entries. The value is kept as written.
 */
/** Where a schedule's value starts; the value is read by `lineValue`. */
const SCHEDULE = /\b(?:schedule_interval|schedule|timetable)\b['"]?\s*[=:]\s*/;

const SCHEDULE_WORDING: Wording = {
  changed: (_key, before, after) => `DAG schedule \`${before}\` → \`${after}\``,
  added: (_key, after) => `DAG schedule set to \`${after}\``,
  removed: (_key, before) => `DAG schedule \`${before}\` removed`,
};

function scheduleValue(text: string, line: number): KeyedValue | undefined {
  const found = SCHEDULE.exec(text);
  const value = found === null ? undefined : lineValue(text.slice(found.index + found[0].length), { comma: true });
  if (value === undefined) return undefined;
  return { key: 'schedule', value: value.replace(/^(['"])(.*)\1$/, '$2'), line };
}

/** Airflow DAG files: schedule changes read from the patch, and the code they touched. */
export const airflowDag: Inspector = {
  name: 'airflow-dag',
  matches: (path) => {
    const { lower, dirs, ext } = filePath(path);
    return ext === 'py' && (dirs.includes('dags') || /(^|[_-])dags?([_.-]|$)/.test(lower));
  },
  async inspect(input) {
    const { patch, problem } = await patchOrContent(input);
    if (problem !== undefined) return [problem];
    if (patch === undefined) return [];
    const lines = changedLines(patch);
    const read = (kind: 'add' | 'del'): KeyedValue[] =>
      lines.flatMap((line) => {
        const value = line.kind === kind ? scheduleValue(line.text, line.line) : undefined;
        return value === undefined ? [] : [value];
      });
    const pairs = pairKeyed({ removed: read('del'), added: read('add') });
    const schedules: Change[] = keyedChanges({ file: input.file.path, kind: 'schedule', pairs, wording: SCHEDULE_WORDING });
    return [...schedules, ...codeChange({ file: input.file, patch, language: 'python' })];
  },
};
