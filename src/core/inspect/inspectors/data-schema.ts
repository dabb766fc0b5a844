import type { Change } from '../../types.js';
import { expectationSuite, type Expectation } from '../expectation-suite.js';
import { filePath } from '../file-path.js';
import type { Inspector } from '../inspector.js';
import { loadSides } from '../load-sides.js';
import { makeChange } from '../make-change.js';
import type { ParsedStructure } from '../parsed-structure.js';
import { readStructured } from '../read-structured.js';
import { renderValue } from '../render-value.js';
import { schemaFields, type SchemaFields } from '../schema-fields.js';
import { compareFlat } from '../structured-diff.js';

const SCHEMA_NAME = /(^|[._-])schema\.(json|ya?ml)$/;
const EXPECTATION_DIRS = new Set(['great_expectations', 'expectations', 'gx']);

function isSchemaPath(path: string): boolean {
  const { lower, dirs, ext } = filePath(path);
  if (SCHEMA_NAME.test(lower)) return true;
  return ['json', 'yml', 'yaml'].includes(ext) && dirs.some((dir) => EXPECTATION_DIRS.has(dir));
}

const EMPTY_FIELDS: SchemaFields = { noun: 'column', fields: new Map() };

interface Sides<T> {
  readonly file: string;
  readonly base: T;
  readonly head: T;
}

function compareFields({ file, base, head }: Sides<SchemaFields>): Change[] {
  const noun = head.fields.size > 0 ? head.noun : base.noun;
  const changes: Change[] = [];
  for (const [name, after] of head.fields) {
    const before = base.fields.get(name);
    const common = { file, line: after.line, kind: 'data-schema', key: name } as const;
    if (before === undefined) {
      const type = after.type === undefined ? '' : ` (${after.type})`;
      changes.push(makeChange({ ...common, after: after.type, summary: `${noun} \`${name}\` added${type}` }));
      continue;
    }
    if (before.type !== after.type) {
      const summary = `${noun} \`${name}\`: ${before.type ?? 'untyped'} → ${after.type ?? 'untyped'}`;
      changes.push(makeChange({ ...common, before: before.type, after: after.type, summary }));
    }
    if (before.required !== after.required && after.required !== undefined) {
      const summary = `${noun} \`${name}\` ${after.required ? 'now required' : 'no longer required'}`;
      changes.push(makeChange({ ...common, summary }));
    }
  }
  for (const [name, before] of base.fields) {
    if (head.fields.has(name)) continue;
    const summary = `${noun} \`${name}\` removed`;
    changes.push(makeChange({ file, line: before.line, kind: 'data-schema', key: name, before: before.type, summary }));
  }
  return changes;
}

const describeExpectation = (expectation: Expectation): string =>
  `expectation \`${expectation.type}\`${expectation.column === undefined ? '' : ` on \`${expectation.column}\``}`;

/** An expectation kept on both sides whose arguments changed: "`min_value` 0 → 18". */
function compareArguments({ file, base, head }: Sides<Expectation>): Change[] {
  const common = { file, line: head.line, kind: 'data-schema', key: head.column ?? head.type } as const;
  const differences = compareFlat(new Map(Object.entries(base.kwargs)), new Map(Object.entries(head.kwargs)));
  return differences.map(({ key, status, before, after }) => {
    const detail =
      status === 'changed'
        ? `${renderValue(before)} → ${renderValue(after)}`
        : status === 'added'
          ? `set to ${renderValue(after)}`
          : 'unset';
    return makeChange({ ...common, summary: `${describeExpectation(head)}: \`${key}\` ${detail}` });
  });
}

function compareExpectations({ file, base, head }: Sides<readonly Expectation[]>): Change[] {
  const byId = new Map(base.map((expectation) => [expectation.id, expectation]));
  const changes: Change[] = [];
  for (const after of head) {
    const before = byId.get(after.id);
    if (before !== undefined) {
      changes.push(...compareArguments({ file, base: before, head: after }));
      continue;
    }
    const key = after.column ?? after.type;
    changes.push(
      makeChange({ file, line: after.line, kind: 'data-schema', key, summary: `${describeExpectation(after)} added` }),
    );
  }
  const headIds = new Set(head.map((expectation) => expectation.id));
  for (const before of base) {
    if (headIds.has(before.id)) continue;
    const key = before.column ?? before.type;
    changes.push(
      makeChange({ file, line: before.line, kind: 'data-schema', key, summary: `${describeExpectation(before)} removed` }),
    );
  }
  return changes;
}

/**
 * Data schemas (`*.schema.json`, `schema.yaml`) and Great Expectations suites: columns or fields
 * added, removed, retyped, made required; expectations added, removed, re-parameterised.
 */
export const dataSchema: Inspector = {
  name: 'data-schema',
  matches: isSchemaPath,
  readsFirst: true,
  async inspect(input) {
    const file = input.file.path;
    const loaded = await loadSides({ input, read: readStructured(file) });
    if (!loaded.ok) return loaded.changes;
    const suite = (document: ParsedStructure | undefined) => (document === undefined ? undefined : expectationSuite(document));
    const [baseSuite, headSuite] = [suite(loaded.base), suite(loaded.head)];
    if (baseSuite !== undefined || headSuite !== undefined) {
      return compareExpectations({ file, base: baseSuite ?? [], head: headSuite ?? [] });
    }
    const fields = (document: ParsedStructure | undefined) => (document === undefined ? undefined : schemaFields(document));
    const [baseFields, headFields] = [fields(loaded.base), fields(loaded.head)];
    if (baseFields === undefined && headFields === undefined) {
      return [makeChange({ file, kind: 'data-schema', summary: `\`${file}\` changed (no fields or columns recognised)` })];
    }
    return compareFields({ file, base: baseFields ?? EMPTY_FIELDS, head: headFields ?? EMPTY_FIELDS });
  },
};
