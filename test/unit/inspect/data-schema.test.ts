import { describe, expect, it } from '@jest/globals';
import { inspect, scenario, summariesOf } from './helpers.js';

describe('data schemas', () => {
  it('reports JSON Schema fields added, removed, retyped and made required, at their lines', async () => {
    const base = JSON.stringify(
      {
        type: 'object',
        required: ['id'],
        properties: { id: { type: 'string' }, age: { type: 'integer' }, zip: { type: 'string' } },
      },
      null,
      2,
    );
    const head = JSON.stringify(
      {
        type: 'object',
        required: ['id', 'age'],
        properties: {
          id: { type: 'string' },
          age: { type: 'number' },
          address: { type: 'object', properties: { city: { type: 'string' } } },
        },
      },
      null,
      2,
    );
    const changes = await inspect(scenario({ path: 'schemas/customer.schema.json', base, head }));
    expect(changes.map(({ line, summary }) => ({ line, summary }))).toEqual([
      { line: 11, summary: 'field `age`: integer → number' },
      { line: 11, summary: 'field `age` now required' },
      { line: 13, summary: 'field `zip` removed' },
      { line: 14, summary: 'field `address` added (object)' },
      { line: 17, summary: 'field `address.city` added (string)' },
    ]);
  });

  it.each([
    {
      name: 'a Frictionless table schema',
      path: 'data/schema.yaml',
      base: 'fields:\n  - name: id\n    type: integer\n  - name: churned\n    type: boolean\n',
      head: 'fields:\n  - name: id\n    type: integer\n  - name: tenure\n    type: number\n    constraints:\n      required: true\n',
      expected: ['column `tenure` added (number)', 'column `churned` removed'],
    },
    {
      name: 'pandera-style columns',
      path: 'validation/train_schema.yml',
      base: 'columns:\n  age:\n    dtype: int64\n    nullable: true\n',
      head: 'columns:\n  age:\n    dtype: float64\n    nullable: false\n',
      expected: ['column `age`: int64 → float64', 'column `age` now required'],
    },
  ])('reads $name', async ({ path, base, head, expected }) => {
    expect(await summariesOf(scenario({ path, base, head }))).toEqual(expected);
  });

  it('reports Great Expectations expectations added, removed and re-parameterised', async () => {
    const suite = (expectations: object[]): string => JSON.stringify({ expectation_suite_name: 'churn', expectations }, null, 2);
    const notNull = { expectation_type: 'expect_column_values_to_not_be_null', kwargs: { column: 'id' } };
    const between = (min: number) => ({
      expectation_type: 'expect_column_values_to_be_between',
      kwargs: { column: 'age', min_value: min, max_value: 120 },
    });
    const unique = { expectation_type: 'expect_column_values_to_be_unique', kwargs: { column: 'email' } };
    expect(
      await summariesOf(
        scenario({
          path: 'great_expectations/expectations/churn.json',
          base: suite([notNull, between(0), unique]),
          head: suite([notNull, between(18)]),
        }),
      ),
    ).toEqual([
      'expectation `expect_column_values_to_be_between` on `age`: `min_value` 0 → 18',
      'expectation `expect_column_values_to_be_unique` on `email` removed',
    ]);
  });

  it('says so when a schema file declares nothing it recognises', async () => {
    expect(await summariesOf(scenario({ path: 'schema.json', base: '{"a": 1}', head: '{"a": 2}' }))).toEqual([
      '`schema.json` changed (no fields or columns recognised)',
    ]);
  });
});
