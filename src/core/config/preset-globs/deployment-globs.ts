import { WEB_FILES, type AreaGlobs } from './common-globs.js';

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
    'Procfile',
    'fly.toml',
    // Serving code and model servers: BentoML, Cog, Azure ML scoring, Triton, KServe. (`predict.py`,
    // `service.py` and `handler.py` are left out: too many non-serving files bear those names.)
    'serve/',
    'serving/',
    'inference/',
    'api/**',
    `!api/**/*.${WEB_FILES}`,
    'score.py',
    'bentofile.yaml',
    'cog.yaml',
    'config.pbtxt',
    'model_repository/',
    '*inferenceservice*.{yaml,yml}',
    // Monitoring and alerting.
    'monitoring/',
    'grafana/',
    'prometheus*.{yml,yaml}',
    'alertmanager*.{yml,yaml}',
    // Workflows that deploy, release or serve (lint and test workflows never match).
    '.github/workflows/*{deploy,release,serving,rollout}*.{yml,yaml}',
    '.github/workflows/{serve,serve[-_]*,*[-_]serve,*[-_]serve[-_]*}.{yml,yaml}',
  ],
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
