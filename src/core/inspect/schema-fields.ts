import { asMapping } from './as-mapping.js';
import { joinIndex, joinKey } from './key-path.js';
import type { ParsedStructure } from './parsed-structure.js';

/** One field or column a data schema declares. */
export interface SchemaField {
  readonly type?: string;
  readonly required?: boolean;
  readonly line?: number;
}

/** The fields of a schema, and what a schema calls them. */
export interface SchemaFields {
  readonly noun: 'field' | 'column';
  readonly fields: ReadonlyMap<string, SchemaField>;
}

type Mapping = Record<string, unknown>;

function typeOf(definition: Mapping): string | undefined {
  const type = definition.type ?? definition.dtype ?? definition.data_type;
  if (Array.isArray(type)) return type.map(String).join(' | ');
  if (typeof type === 'string') return type;
  if (typeof definition.$ref === 'string') return definition.$ref.split('/').pop();
  return undefined;
}

/** JSON Schema properties, nested objects as `a.b` and array items as `a[].b`. */
function jsonSchemaFields(document: ParsedStructure): Map<string, SchemaField> {
  const out = new Map<string, SchemaField>();
  const walk = (schema: Mapping, at: string, prefix: string): void => {
    const required = new Set(Array.isArray(schema.required) ? schema.required.map(String) : []);
    for (const [name, child] of Object.entries(asMapping(schema.properties))) {
      const path = joinKey(joinKey(at, 'properties'), name);
      const field = prefix === '' ? name : `${prefix}.${name}`;
      const definition = asMapping(child);
      const type = typeOf(definition);
      const line = document.positions.get(path)?.line;
      const found: SchemaField = { ...(type === undefined ? {} : { type }), required: required.has(name) };
      out.set(field, line === undefined ? found : { ...found, line });
      walk(definition, path, field);
      const items = asMapping(definition.items);
      if (Object.keys(asMapping(items.properties)).length > 0) walk(items, joinKey(path, 'items'), `${field}[]`);
    }
  };
  walk(asMapping(document.value), '', '');
  return out;
}

/** Frictionless `fields: [{name, type}]` or `columns:` as a list of `{name, type}` or a map. */
function tableFields(document: ParsedStructure, at: string, list: unknown): Map<string, SchemaField> {
  const out = new Map<string, SchemaField>();
  const add = (name: string, definition: Mapping, path: string): void => {
    const type = typeOf(definition);
    const line = document.positions.get(path)?.line;
    const required = definition.required ?? (definition.nullable === undefined ? undefined : definition.nullable === false);
    out.set(name, {
      ...(type === undefined ? {} : { type }),
      ...(typeof required === 'boolean' ? { required } : {}),
      ...(line === undefined ? {} : { line }),
    });
  };
  if (Array.isArray(list)) {
    list.forEach((item, index) => {
      const definition = asMapping(item);
      // Frictionless keeps `required` under `constraints`.
      const flat = { ...definition, ...asMapping(definition.constraints) };
      if (typeof definition.name === 'string') add(definition.name, flat, joinIndex(at, index));
    });
  } else {
    for (const [name, definition] of Object.entries(asMapping(list))) add(name, asMapping(definition), joinKey(at, name));
  }
  return out;
}

/**
 * Reads the fields a data schema declares, whatever its dialect: JSON Schema, Frictionless
 * Table Schema, pandera-style `columns`. Undefined when the document is none of these.
 */
export function schemaFields(document: ParsedStructure): SchemaFields | undefined {
  const root = asMapping(document.value);
  if (Object.keys(asMapping(root.properties)).length > 0) return { noun: 'field', fields: jsonSchemaFields(document) };
  for (const [holder, at] of [
    [root, ''],
    [asMapping(root.schema), 'schema'],
  ] as const) {
    if (holder.fields !== undefined)
      return { noun: 'column', fields: tableFields(document, joinKey(at, 'fields'), holder.fields) };
    if (holder.columns !== undefined)
      return { noun: 'column', fields: tableFields(document, joinKey(at, 'columns'), holder.columns) };
  }
  return undefined;
}
