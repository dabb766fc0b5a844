import type { Inspector } from './inspector.js';
import { airflowDag } from './inspectors/airflow-dag.js';
import { artefact } from './inspectors/artefact.js';
import { compose } from './inspectors/compose.js';
import { condaEnv } from './inspectors/conda-env.js';
import { dataSchema } from './inspectors/data-schema.js';
import { dockerfile } from './inspectors/dockerfile.js';
import { dvcLock } from './inspectors/dvc-lock.js';
import { dvcPipeline } from './inspectors/dvc-pipeline.js';
import { dvcPointer } from './inspectors/dvc-pointer.js';
import { helmTemplate } from './inspectors/helm-template.js';
import { kubernetes } from './inspectors/kubernetes.js';
import { metrics } from './inspectors/metrics.js';
import { notebook } from './inspectors/notebook.js';
import { pipfile } from './inspectors/pipfile.js';
import { pyproject } from './inspectors/pyproject.js';
import { requirementsTxt } from './inspectors/requirements-txt.js';
import { setupPy } from './inspectors/setup-py.js';
import { sourceCode } from './inspectors/source-code.js';
import { structuredConfig } from './inspectors/structured-config.js';
import { terraform } from './inspectors/terraform.js';
import { workflowSchedule } from './inspectors/workflow-schedule.js';

/**
 * Every inspector, most specific first: the first whose `matches` accepts a path inspects it.
 * `dvc.yaml` is a pipeline before it is a YAML config, `environment.yml` a conda environment
 * before a deployment file, a Helm template a template before a manifest, `model_metrics.json`
 * metrics before a model config, a `.pt` file an artefact before anything else, and a DAG file a
 * DAG before plain Python.
 */
export const INSPECTORS: readonly Inspector[] = [
  artefact,
  notebook,
  dvcPointer,
  dvcLock,
  dvcPipeline,
  dataSchema,
  workflowSchedule,
  requirementsTxt,
  pyproject,
  pipfile,
  condaEnv,
  setupPy,
  dockerfile,
  compose,
  helmTemplate,
  kubernetes,
  terraform,
  metrics,
  structuredConfig,
  airflowDag,
  sourceCode,
];
