import type { ErrorObject } from 'ajv';
import { codeSpan } from '../report/escape/code-span.js';

/** One schema violation of a model card's metadata, where it is and what is wrong. */
export interface MetadataProblem {
  /** Path in the metadata: keys and list indexes (`model-index`, 0, `results`). */
  readonly path: readonly (string | number)[];
  readonly message: string;
}

const ARTICLE_TYPES: Readonly<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  integer: 'a whole number',
  boolean: '`true` or `false`',
  object: 'a mapping',
  array: 'a list',
  null: 'empty',
};

function pathOf(instancePath: string): (string | number)[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** `model-index[0].results[0].metrics` */
export function fieldName(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (name, part) => (typeof part === 'number' ? `${name}[${part}]` : name === '' ? part : `${name}.${part}`),
    '',
  );
}

/** What a value must be, in words, for one failed keyword. */
function expectation(error: ErrorObject): string {
  const { params } = error;
  switch (error.keyword) {
    case 'type': {
      const types: unknown[] = Array.isArray(params.type) ? params.type : [params.type];
      return types.map((type) => ARTICLE_TYPES[String(type)] ?? String(type)).join(' or ');
    }
    case 'minLength':
      return 'a non-empty string';
    case 'minItems':
      return `a list of at least ${String(params.limit)} item${params.limit === 1 ? '' : 's'}`;
    case 'enum':
      return `one of ${(params.allowedValues as unknown[]).map((value) => codeSpan(String(value))).join(', ')}`;
    case 'pattern':
      return `written in lowercase words joined by dashes (such as ${codeSpan('text-classification')})`;
    default:
      return `valid (${error.message ?? error.keyword})`;
  }
}

function problemOf(error: ErrorObject): MetadataProblem {
  const path = pathOf(error.instancePath);
  if (error.keyword === 'required') {
    const missing = String(error.params.missingProperty);
    const where = path.length === 0 ? 'the metadata' : codeSpan(fieldName(path));
    return { path, message: `${where} is missing ${codeSpan(missing)}.` };
  }
  return { path, message: `${codeSpan(fieldName(path))} must be ${expectation(error)}.` };
}

const under = (path: string, parent: string): boolean => path === parent || path.startsWith(`${parent}/`);

/**
 * Turns ajv errors into one readable problem per violation. An `anyOf` (a string or a list of
 * strings) reports what was wrong inside the list when the value is a list, else the forms it
 * may take, instead of one error per alternative.
 */
export function metadataProblems(errors: readonly ErrorObject[]): MetadataProblem[] {
  const problems: MetadataProblem[] = [];
  const consumed = new Set<number>();
  for (let index = errors.length - 1; index >= 0; index -= 1) {
    const error = errors[index] as ErrorObject;
    if (consumed.has(index)) continue;
    if (error.keyword !== 'anyOf') {
      problems.push(problemOf(error));
      continue;
    }
    // ajv reports an anyOf's alternatives right before it, at its path or below.
    const branches: ErrorObject[] = [];
    for (let before = index - 1; before >= 0 && under(errors[before]?.instancePath ?? '', error.instancePath); before -= 1) {
      consumed.add(before);
      branches.unshift(errors[before] as ErrorObject);
    }
    const deeper = branches.filter((branch) => branch.instancePath !== error.instancePath);
    if (deeper.length > 0) {
      // Pushed backwards, like everything here, and put in order by the final reverse.
      problems.push(...deeper.map(problemOf).reverse());
      continue;
    }
    const forms = [...new Set(branches.map(expectation))].join(' or ');
    problems.push({
      path: pathOf(error.instancePath),
      message: `${codeSpan(fieldName(pathOf(error.instancePath)))} must be ${forms}.`,
    });
  }
  return problems.reverse();
}
