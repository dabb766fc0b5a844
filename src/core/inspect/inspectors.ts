import type { Inspector } from './inspector.js';
import { artefact } from './inspectors/artefact.js';
import { structuredConfig } from './inspectors/structured-config.js';

/**
 * Every inspector, most specific first: the first whose `matches` accepts a path inspects it
 * (`dvc.yaml` is a pipeline before it is a YAML config; a `.pt` file is an artefact before
 * anything else).
 */
export const INSPECTORS: readonly Inspector[] = [artefact, structuredConfig];
