/**
 * Every `kind` an inspector may give a `Change`. Renderers and requirement checks group and
 * filter on these, so they are a closed list: an inspector cannot invent a new one by accident.
 */
export const CHANGE_KINDS = [
  /** A key of a training or experiment config (params.yaml, Hydra, MLproject parameters). */
  'hyperparameter',
  /** An evaluation metric recorded in a metrics file (accuracy, F1, loss). */
  'metric',
  /** A DVC-tracked dataset version (pointer file outs). */
  'dataset',
  /** Columns or fields of a data schema or expectation suite. */
  'data-schema',
  /** A pipeline definition: dvc.yaml stages, MLproject entry points, stage commands. */
  'pipeline',
  /** Inputs a dvc.lock recorded for a stage run: dependency hashes, parameter values. */
  'pipeline-input',
  /** Outputs a dvc.lock recorded for a stage run: re-produced data or model artefacts. */
  'pipeline-output',
  /** A whole dvc.lock refresh, summarised. */
  'pipeline-run',
  /** A cron or DAG schedule. */
  'schedule',
  /** A container base image or deployed image tag. */
  'image',
  /** A Dockerfile build argument. */
  'build-arg',
  /** A container's command or entrypoint. */
  'entrypoint',
  /** An environment variable of a container or service. */
  'environment',
  /** An exposed or served port. */
  'port',
  /** Replica counts and autoscaling bounds. */
  'scaling',
  /** CPU, memory and GPU requests and limits. */
  'resources',
  /** Any other deployment setting (manifests, Helm values, compose). */
  'deployment-config',
  /** Terraform resources, modules and their machine types. */
  'infrastructure',
  /** A package dependency. */
  'dependency',
  /** A dependency that is an ML framework (torch, tensorflow, ...): changes results, not just code. */
  'framework',
  /** Functions and classes touched in source code. */
  'code',
  /** An entry point that serves a model (a serving framework and a model load in one file). */
  'serving',
  /** A Jupyter notebook. */
  'notebook',
  /** A binary artefact or checkpoint, named and never parsed. */
  'artifact',
  /** The file could not be parsed, so its changes are unknown. */
  'parse-error',
  /** The file was deliberately not inspected (too large, diff unavailable). */
  'not-inspected',
  /** Changes left out of the list to keep reports readable. */
  'omitted',
] as const;

/** One of `CHANGE_KINDS`. */
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** Whether a string is one of `CHANGE_KINDS` (e.g. when reading a JSON report back). */
export const isChangeKind = (value: string): value is ChangeKind => (CHANGE_KINDS as readonly string[]).includes(value);
