import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';

interface Validator {
  readonly schema: string;
  readonly options: Record<string, unknown>;
  readonly out: string;
}

const root = new URL('../../../', import.meta.url);
const { VALIDATORS, generateValidator } = (await import(new URL('scripts/gen-validators.mjs', root).href)) as {
  VALIDATORS: readonly Validator[];
  generateValidator: (validator: Validator) => string;
};

describe('the validators compiled ahead of time', () => {
  it.each(VALIDATORS.map((validator) => [validator.out, validator] as const))(
    '%s is exactly what scripts/gen-validators.mjs generates from its schema (run `npm run validators`)',
    (out, validator) => {
      expect(readFileSync(new URL(out, root), 'utf8')).toBe(generateValidator(validator));
    },
  );

  it('need no ajv module at run time', () => {
    for (const validator of VALIDATORS)
      expect(readFileSync(new URL(validator.out, root), 'utf8')).not.toMatch(/\brequire\(|from\s*["']ajv/);
  });
});
