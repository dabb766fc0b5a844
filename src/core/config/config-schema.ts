import AjvModule, { type ErrorObject, type ValidateFunction } from 'ajv';
import schema from '../../../schemas/config.schema.json' with { type: 'json' };

/** The config's JSON Schema (`schemas/config.schema.json`): the single source of truth of the format. */
export const CONFIG_SCHEMA = schema;

// ajv is CommonJS: under Node's ESM loader the default import is `module.exports`, whose
// `default` is the class; bundlers may hand over the class itself.
const Ajv = AjvModule.default ?? AjvModule;

let validator: ValidateFunction | undefined;

/**
 * Validates parsed YAML against the schema and returns every violation (none when valid).
 * Errors are `verbose`: each carries its `parentSchema`, from which messages list valid keys.
 */
export function validateRawConfig(data: unknown): readonly ErrorObject[] {
  // Compiled on first use: code that only needs the preset never pays for it.
  validator ??= new Ajv({ allErrors: true, verbose: true, strict: true }).compile(schema);
  return validator(data) ? [] : [...(validator.errors ?? [])];
}
