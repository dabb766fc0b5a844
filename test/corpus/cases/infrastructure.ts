import { layout, modified } from '../corpus-case.js';

/**
 * Kubernetes, Helm and Terraform around a model: SL14-SL/mlops-sales-forecasting
 * (infrastructure/terraform, compose.yaml, Dockerfile.mlflow) and the conventional layout of a
 * model server chart (charts/<name>/values.yaml, templates/deployment.yaml, k8s/ manifests).
 */
const SALES = [
  'Dockerfile',
  'Dockerfile.mlflow',
  'README.md',
  'compose.yaml',
  'docker-compose.monitoring-prod.yml',
  'infrastructure/terraform/cloud_run.tf',
  'infrastructure/terraform/main.tf',
  'infrastructure/terraform.tfvars.example',
];

const CHART = [
  'README.md',
  'charts/model-server/Chart.yaml',
  'charts/model-server/README.md',
  'charts/model-server/templates/deployment.yaml',
  'charts/model-server/templates/hpa.yaml',
  'charts/model-server/values.yaml',
  'k8s/canary.yaml',
  'k8s/service.yaml',
  'serving/app.py',
];

export const INFRASTRUCTURE = layout({
  name: 'infrastructure',
  source: 'SL14-SL/mlops-sales-forecasting',
  repository: SALES,
  cases: [
    {
      id: 'cloud-run-terraform',
      description: 'infrastructure/terraform/cloud_run.tf raises max instances of the prediction service.',
      files: [modified('infrastructure/terraform/cloud_run.tf')],
      expected: ['deployment'],
      verdict: 'fail',
    },
    {
      id: 'mlflow-image',
      description: 'Dockerfile.mlflow upgrades the tracking server image.',
      files: [modified('Dockerfile.mlflow')],
      expected: ['deployment'],
      verdict: 'fail',
    },
    {
      id: 'compose-monitoring',
      description: 'compose.yaml and docker-compose.monitoring-prod.yml add Grafana alerting.',
      files: [modified('compose.yaml'), modified('docker-compose.monitoring-prod.yml')],
      expected: ['deployment'],
      verdict: 'fail',
    },
    {
      id: 'tfvars-example',
      description: 'The example tfvars file documents a new variable.',
      files: [modified('infrastructure/terraform.tfvars.example')],
      expected: [],
      tolerated: ['deployment'],
      verdict: 'pass',
    },
    {
      id: 'helm-values',
      source: 'layout of a model-server Helm chart',
      description: 'charts/model-server/values.yaml bumps the image tag and GPU limits.',
      files: [modified('charts/model-server/values.yaml')],
      expected: ['deployment'],
      verdict: 'fail',
      repository: CHART,
    },
    {
      id: 'helm-values-with-chart-readme',
      source: 'layout of a model-server Helm chart',
      description: 'The HPA template changes and the chart README documents the new scaling targets.',
      files: [
        modified('charts/model-server/templates/hpa.yaml'),
        modified('charts/model-server/README.md'),
        modified('CHANGELOG.md'),
      ],
      expected: ['deployment'],
      verdict: 'pass',
      repository: [...CHART, 'CHANGELOG.md'],
    },
    {
      id: 'k8s-canary',
      source: 'layout of a model-server Helm chart',
      description: 'k8s/canary.yaml sends 20% of traffic to the new model.',
      files: [modified('k8s/canary.yaml')],
      expected: ['deployment'],
      verdict: 'fail',
      repository: CHART,
    },
    {
      id: 'serving-app',
      source: 'layout of a model-server Helm chart',
      description: 'serving/app.py adds a batch endpoint.',
      files: [modified('serving/app.py')],
      expected: ['deployment'],
      verdict: 'fail',
      repository: CHART,
    },
  ],
});
