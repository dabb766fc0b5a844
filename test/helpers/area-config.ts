import type { AreaConfig } from '../../src/core/types.js';

/** An area for tests written without the preset: only `paths` and `docs` are required. */
export const area = (fields: Partial<AreaConfig> & Pick<AreaConfig, 'paths' | 'docs'>): AreaConfig => ({
  description: 'test area',
  fallbackDocs: [],
  sections: [],
  mentionChanges: false,
  strict: false,
  ...fields,
});
