import type { ErrorObject } from 'ajv';
import schema from '../../../schemas/config.schema.json' with { type: 'json' };
import { validate } from './config-validator.generated.js';

/** The config's JSON Schema (`schemas/config.schema.json`): the single source of truth of the format. */
export const CONFIG_SCHEMA = schema;

/** The schema compiled ahead of time by ajv (see scripts/gen-validators.mjs), with ajv's options. */
const validator = validate as unknown as { (data: unknown): boolean; errors?: ErrorObject[] | null };

/**
 * Validates parsed YAML against the schema and returns every violation (none when valid).
 * Errors are `verbose`: each carries its `parentSchema`, from which messages list valid keys.
 */
export function validateRawConfig(data: unknown): readonly ErrorObject[] {
  return validator(data) ? [] : [...(validator.errors ?? [])];
}
