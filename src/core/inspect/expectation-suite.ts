import { asMapping } from './as-mapping.js';
import { joinIndex } from './key-path.js';
import type { ParsedStructure } from './parsed-structure.js';

/** One expectation of a Great Expectations suite, identified by its type and column(s). */
export interface Expectation {
  readonly id: string;
  readonly type: string;
  readonly column?: string;
  readonly kwargs: Readonly<Record<string, unknown>>;
  readonly line?: number;
}

/** The expectations of a suite (`expectations: [{expectation_type|type, kwargs}]`), or undefined. */
export function expectationSuite(document: ParsedStructure): Expectation[] | undefined {
  const list = asMapping(document.value).expectations;
  if (!Array.isArray(list)) return undefined;
  const out: Expectation[] = [];
  const seen = new Set<string>();
  list.forEach((item, index) => {
    const entry = asMapping(item);
    const type = entry.expectation_type ?? entry.type;
    if (typeof type !== 'string') return;
    // GX 1.x writes the arguments beside `type`; 0.x nests them under `kwargs`.
    const inline = Object.fromEntries(Object.entries(entry).filter(([key]) => key !== 'type' && key !== 'expectation_type'));
    const kwargs = asMapping(entry.kwargs ?? inline);
    const pair = typeof kwargs.column_A === 'string' ? `${kwargs.column_A}, ${String(kwargs.column_B)}` : undefined;
    const column = typeof kwargs.column === 'string' ? kwargs.column : pair;
    const id = `${type}(${column ?? ''})`;
    if (seen.has(id)) return;
    seen.add(id);
    const line = document.positions.get(joinIndex('expectations', index))?.line;
    out.push({ id, type, kwargs, ...(column === undefined ? {} : { column }), ...(line === undefined ? {} : { line }) });
  });
  return out;
}
