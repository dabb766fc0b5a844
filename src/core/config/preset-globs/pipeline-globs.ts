import type { AreaGlobs } from './common-globs.js';

/** The `pipeline` area of the recommended preset: pipelines, schedules, workflow automation and the dependencies of runs. */
export const PIPELINE_GLOBS: AreaGlobs = {
  description: 'Pipelines, scheduled jobs, workflow automation and dependencies',
  paths: [
    // Pipeline definitions: DVC stages, MLflow projects, Airflow DAGs, Kubeflow, ZenML and Kedro
    // pipelines, Prefect and Metaflow flows.
    'dvc.yaml',
    'MLproject',
    'dags/',
    'pipelines/',
    'pipeline/',
    'flows/**',
    // (`pipeline.yml` is left out: Buildkite and GitLab CI use that name.)
    'pipeline.py',
    '*_pipeline.py',
    '*_flow.py',
    '*_dag.py',
    'prefect.yaml',
    // Scheduled jobs.
    'crontab',
    '*.cron',
    // Workflows that train, retrain, run a pipeline or experiments, or run on a schedule, and
    // those named after the tool that runs the project (CML, `mlflow run`, an `mlops` workflow).
    '.github/workflows/*{train,pipeline,schedule,cron,experiment}*.{yml,yaml}',
    '.github/workflows/{cml,mlflow,mlops}*.{yml,yaml}',
    // Dependencies and environments of the runs (pyproject.toml and setup.* trigger through
    // `content` below; lock files are left out: refreshes there are frequent and routine).
    'requirements*.{txt,in}',
    '**/requirements/**/*.{txt,in}',
    '!requirements{-,_,.}{dev,test,tests,lint,docs,doc,ci}*',
    '!**/requirements/{dev,test,tests,lint,docs,doc,ci}*',
    'environment*.{yml,yaml}',
    '!environment{-,_,.}{dev,test,docs}*',
    'conda.{yaml,yml}',
    'python_env.yaml',
    'Pipfile',
  ],
  // Project manifests hold tool settings (ruff, pytest, coverage) next to the dependencies:
  // they trigger the pipeline only when a dependency or framework version really changed.
  content: {
    paths: ['pyproject.toml', 'setup.py', 'setup.cfg'],
    kinds: ['dependency', 'framework'],
  },
  docs: [
    'PIPELINE.md',
    'docs/pipeline*',
    'docs/pipelines/**',
    'docs/workflow*',
    'docs/workflows/**',
    'dags/README.md',
    'pipelines/README.md',
  ],
};
