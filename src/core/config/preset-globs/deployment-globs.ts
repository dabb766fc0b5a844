import { CONFIG_ROOTS, type AreaGlobs } from './common-globs.js';

/** The `deployment` area of the recommended preset: how the model is packaged, served, run and watched in production. */
export const DEPLOYMENT_GLOBS: AreaGlobs = {
  description: 'Containers, manifests, serving code, infrastructure and monitoring',
  paths: [
    // Container images and compose files.
    'Dockerfile*',
    '*.dockerfile',
    'docker-compose*.{yml,yaml}',
    'compose.{yml,yaml}',
    // Kubernetes, Helm, Kustomize, Terraform and platform manifests.
    'k8s/',
    'kubernetes/',
    'helm/',
    'charts/',
    'kustomization.{yaml,yml}',
    'deploy/',
    'deployment/',
    'deployments/',
    'infra/',
    'terraform/',
    '*.tf',
    '*.tfvars',
    'skaffold.{yaml,yml}',
    'serverless.{yml,yaml}',
    'cloudbuild*.{yaml,yml}',
    'Procfile',
    'fly.toml',
    'deploy*.sh',
    // Serving code and model servers: BentoML, Cog, Azure ML scoring, Triton, KServe and
    // MLServer, AWS Lambda. (`predict.py`, `service.py`, `handler.py` and `app.py` are left
    // out: too many non-serving files bear those names.)
    'serve/',
    'serving/',
    'inference/',
    // A root api/ serves the model when it is Python; Go and web projects keep API types there.
    'api/**/*.py',
    'score.py',
    'lambda_function.py',
    // The course template's src/pipeline/predict_pipeline.py is what its web app calls per request.
    '{predict,prediction,inference}_pipeline.py',
    'bentofile.yaml',
    'cog.yaml',
    'config.pbtxt',
    'model_repository/',
    'model-settings.json',
    '*inferenceservice*.{yaml,yml}',
    // Monitoring and alerting.
    'monitoring/',
    'grafana/',
    'prometheus*.{yml,yaml}',
    'alertmanager*.{yml,yaml}',
    `${CONFIG_ROOTS}/monitoring*.{yaml,yml}`,
    // Workflows that deploy, roll back, provision or serve, and continuous-delivery workflows
    // (`cd.yml`, `cd_workflow.yml`, `ci-cd.yml`). Lint and test workflows never match; `release`
    // is left out (it publishes packages and drafts notes far more often than it ships a model),
    // and so are workflows that publish a documentation site.
    '.github/workflows/*{deploy,serving,rollout,rollback,terraform}*.{yml,yaml}',
    '.github/workflows/{serve,serve[-_]*,*[-_]serve,*[-_]serve[-_]*}.{yml,yaml}',
    '.github/workflows/{cd,cd[-_]*,*[-_]cd}.{yml,yaml}',
    '!.github/workflows/*{docs,pages,website}*',
  ],
  // Entry points named like any web app's (`app.py`, `handler.py`, ...) deploy a model only when
  // their content says so: a serving framework and a model load in the same file.
  content: {
    paths: ['app.py', 'main.py', 'server.py', 'service.py', 'handler.py', 'predict.py', 'api.py'],
    kinds: ['serving'],
  },
  docs: [
    'DEPLOYMENT.md',
    'docs/deploy*',
    'docs/deploy/**',
    'docs/deployment/**',
    'docs/serving*',
    'docs/monitoring*',
    'RUNBOOK.md',
    'docs/runbook*',
    'docs/runbooks/**',
    '{deploy,deployment,k8s,kubernetes,helm,serving}/README.md',
    'charts/*/README.md',
  ],
};
