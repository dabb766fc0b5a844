import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { CONFIG_SCHEMA } from '../../../src/core/config/index.js';

type RenderConfigDocs = (schema: unknown) => string;

const root = new URL('../../../', import.meta.url);
const { renderConfigDocs } = (await import(new URL('scripts/gen-config-docs.mjs', root).href)) as {
  renderConfigDocs: RenderConfigDocs;
};
const committed = readFileSync(new URL('docs/configuration.md', root), 'utf8');

describe('docs/configuration.md', () => {
  it('is exactly what scripts/gen-config-docs.mjs generates from the schema (run `npm run docs`)', () => {
    expect(committed).toBe(renderConfigDocs(CONFIG_SCHEMA));
  });

  it('has a section with type, default and description for every property', () => {
    const docs = renderConfigDocs(CONFIG_SCHEMA);
    const headings = [...docs.matchAll(/^### `([^`]+)`$/gm)].map((match) => match[1]);
    expect(headings).toEqual([
      '_extends',
      'extends',
      'mode',
      'areas',
      'areas.<name>',
      'areas.<name>.description',
      'areas.<name>.paths',
      'areas.<name>.docs',
      'areas.<name>.fallback-docs',
      'areas.<name>.template',
      'areas.<name>.sections',
      'areas.<name>.mention-changes',
      'areas.<name>.strict',
      'areas.<name>.content',
      'areas.<name>.content.paths',
      'areas.<name>.content.kinds',
      'areas.<name>.enabled',
      'ignore',
      'docs',
      'changelog',
      'changelog.path',
      'changelog.required',
      'skip',
      'skip.labels',
      'skip.marker',
      'skip.authors',
      'comment',
    ]);
    expect(docs).toContain(
      [
        '### `mode`',
        '',
        '- Type: one of `fail`, `warn`',
        '- Default: `fail`',
        '',
        CONFIG_SCHEMA.properties.mode.description,
      ].join('\n'),
    );
    expect(docs).toContain(
      '### `skip`\n\n- Type: mapping\n- Default: `{ labels: ["no-docs-needed", "skip-ml-docs"], marker: "[skip ml-docs]", authors: [] }`\n',
    );
    expect(docs).toContain('### `ignore`\n\n- Type: list of globs\n- Default: `[]`\n');
  });

  it('shows the schema example in full', () => {
    const docs = renderConfigDocs(CONFIG_SCHEMA);
    expect(docs).toContain('## Full example\n\n```yaml\nextends: recommended\nmode: fail\nareas:\n  model:\n');
    expect(docs).toContain('  deployment:\n    enabled: false\n');
    expect(docs).toContain('comment: true\n```\n');
  });
});
