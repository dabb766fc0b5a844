import type { BuiltInArea } from '../../types.js';
import type { AreaGlobs } from './common-globs.js';
import { DATA_GLOBS } from './data-globs.js';
import { DEPLOYMENT_GLOBS } from './deployment-globs.js';
import { MODEL_GLOBS } from './model-globs.js';
import { PIPELINE_GLOBS } from './pipeline-globs.js';

/** What triggers each built-in area of the recommended preset and which documents are dedicated to it. */
export const PRESET_AREA_GLOBS: Readonly<Record<BuiltInArea, AreaGlobs>> = {
  data: DATA_GLOBS,
  model: MODEL_GLOBS,
  deployment: DEPLOYMENT_GLOBS,
  pipeline: PIPELINE_GLOBS,
};
