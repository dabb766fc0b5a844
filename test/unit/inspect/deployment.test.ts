import { describe, expect, it } from '@jest/globals';
import { hunks, inspect, scenario, summariesOf } from './helpers.js';

describe('Dockerfile', () => {
  it('reports a base image tag bump at its line', async () => {
    const base = 'FROM python:3.10-slim\nWORKDIR /app\nCMD ["python", "serve.py"]\n';
    const head = 'FROM python:3.11-slim\nWORKDIR /app\nCMD ["python", "serve.py"]\n';
    expect(await inspect(scenario({ path: 'Dockerfile', base, head }))).toEqual([
      {
        file: 'Dockerfile',
        line: 1,
        kind: 'image',
        key: 'python',
        before: 'python:3.10-slim',
        after: 'python:3.11-slim',
        summary: 'base image `python:3.10-slim` → `python:3.11-slim`',
      },
    ]);
  });

  it('pairs multi-stage base images by stage and reads ENV, ARG, EXPOSE and CMD', async () => {
    const base = [
      'ARG CUDA=11.8',
      'FROM nvidia/cuda:${CUDA}-runtime AS runtime',
      'FROM --platform=linux/amd64 python:3.10 AS build',
      'ENV MODEL_PATH=/models/v1 LOG_LEVEL=info',
      'ENV HF_TOKEN=abc',
      'EXPOSE 8080',
      'ENTRYPOINT ["python", "serve.py"]',
      '',
    ].join('\n');
    const head = [
      'ARG CUDA=12.1',
      'FROM nvidia/cuda:${CUDA}-runtime AS runtime',
      'FROM --platform=linux/amd64 python:3.11 AS build',
      'ENV MODEL_PATH=/models/v2 LOG_LEVEL=info',
      'ENV HF_TOKEN=def',
      'EXPOSE 8000',
      'ENTRYPOINT ["uvicorn", "app:api"]',
      '',
    ].join('\n');
    const changes = await inspect(scenario({ path: 'docker/serving.Dockerfile', base, head }));
    expect(changes.map(({ kind, summary }) => ({ kind, summary }))).toEqual([
      { kind: 'build-arg', summary: 'ARG `CUDA`: 11.8 → 12.1' },
      { kind: 'image', summary: 'base image `python:3.10` → `python:3.11` (stage `build`)' },
      { kind: 'environment', summary: 'ENV `MODEL_PATH`: /models/v1 → /models/v2' },
      { kind: 'environment', summary: 'ENV `HF_TOKEN` changed (value hidden)' },
      { kind: 'port', summary: 'exposed port 8080 → 8000' },
      { kind: 'entrypoint', summary: 'ENTRYPOINT `["python", "serve.py"]` → `["uvicorn", "app:api"]`' },
    ]);
    expect(changes.find((change) => change.key === 'HF_TOKEN')).not.toHaveProperty('before');
  });

  it('reads a new Dockerfile from its patch only', async () => {
    const input = scenario({ path: 'Dockerfile', head: 'FROM pytorch/pytorch:2.2.0-cuda12.1-cudnn8-runtime\nEXPOSE 8080\n' });
    expect(await summariesOf(input)).toEqual([
      'new base image `pytorch/pytorch:2.2.0-cuda12.1-cudnn8-runtime`',
      'exposes port 8080',
    ]);
    expect(input.source.reads).toEqual([]);
  });

  it('rebuilds the diff from both sides when the patch is missing', async () => {
    const input = scenario({ path: 'Dockerfile', base: 'FROM python:3.10\n', head: 'FROM python:3.12\n', withPatch: false });
    expect(await summariesOf(input)).toEqual(['base image `python:3.10` → `python:3.12`']);
    expect(input.source.reads.sort()).toEqual(['base:Dockerfile', 'head:Dockerfile']);
  });
});

const deployment = ({
  image,
  replicas,
  memory,
  gpu,
  logLevel,
  apiKey,
  port,
}: {
  image: string;
  replicas: number;
  memory: string;
  gpu?: number;
  logLevel: string;
  apiKey: string;
  port: number;
}): string => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: model-server
spec:
  replicas: ${replicas}
  template:
    spec:
      containers:
        - name: server
          image: ${image}
          resources:
            limits:
              memory: ${memory}
${gpu === undefined ? '' : `              nvidia.com/gpu: ${gpu}\n`}          env:
            - name: LOG_LEVEL
              value: ${logLevel}
            - name: API_KEY
              value: ${apiKey}
          ports:
            - containerPort: ${port}
---
apiVersion: v1
kind: Service
metadata:
  name: model-server
spec:
  ports:
    - port: 80
      targetPort: ${port}
`;

describe('Kubernetes manifests', () => {
  it('reports an image tag and replicas at their lines', async () => {
    const common = { memory: '4Gi', logLevel: 'info', apiKey: 'k1', port: 8080 };
    const changes = await inspect(
      scenario({
        path: 'k8s/deployment.yaml',
        base: deployment({ ...common, image: 'ghcr.io/acme/model-server:1.2.0', replicas: 2 }),
        head: deployment({ ...common, image: 'ghcr.io/acme/model-server:1.3.0', replicas: 4 }),
      }),
    );
    expect(changes).toEqual([
      {
        file: 'k8s/deployment.yaml',
        line: 6,
        kind: 'scaling',
        key: 'replicas',
        before: '2',
        after: '4',
        summary: 'Deployment `model-server`: replicas 2 → 4',
      },
      {
        file: 'k8s/deployment.yaml',
        line: 11,
        kind: 'image',
        key: 'ghcr.io/acme/model-server',
        before: 'ghcr.io/acme/model-server:1.2.0',
        after: 'ghcr.io/acme/model-server:1.3.0',
        summary:
          'Deployment `model-server` container `server`: image `ghcr.io/acme/model-server:1.2.0` → `ghcr.io/acme/model-server:1.3.0`',
      },
    ]);
  });

  it('reports resources, environment with secrets hidden, and ports', async () => {
    const base = deployment({
      image: 'acme/m:1',
      replicas: 1,
      memory: '4Gi',
      logLevel: 'info',
      apiKey: 'old-secret',
      port: 8080,
    });
    const head = deployment({
      image: 'acme/m:1',
      replicas: 1,
      memory: '8Gi',
      gpu: 1,
      logLevel: 'debug',
      apiKey: 'new-secret',
      port: 9000,
    });
    const changes = await inspect(scenario({ path: 'deploy/model.yaml', base, head }));
    expect(changes.map(({ kind, summary }) => ({ kind, summary }))).toEqual([
      { kind: 'resources', summary: 'Deployment `model-server` container `server`: limits.memory 4Gi → 8Gi' },
      { kind: 'resources', summary: 'Deployment `model-server` container `server`: limits.nvidia.com/gpu set to 1' },
      { kind: 'environment', summary: 'Deployment `model-server` container `server`: env `LOG_LEVEL` info → debug' },
      { kind: 'environment', summary: 'Deployment `model-server` container `server`: env `API_KEY` changed (value hidden)' },
      { kind: 'port', summary: 'Deployment `model-server` container `server`: port 8080 → 9000' },
      { kind: 'port', summary: 'Service `model-server`: port 80:8080 → 80:9000' },
    ]);
    expect(JSON.stringify(changes)).not.toMatch(/secret/);
  });

  it('reports autoscaling bounds, CronJob schedules, new and removed objects', async () => {
    const hpa = (min: number, max: number): string =>
      `apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: api\nspec:\n  minReplicas: ${min}\n  maxReplicas: ${max}\n`;
    const cron = (schedule: string): string =>
      `apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: retrain\nspec:\n  schedule: "${schedule}"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers:\n            - name: train\n              image: acme/train:5\n`;
    const configMap = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: old\ndata:\n  a: "1"\n';
    const base = [hpa(2, 5), cron('0 2 * * *'), configMap].join('---\n');
    const head = [hpa(3, 10), cron('0 3 * * 1')].join('---\n');
    expect(await summariesOf(scenario({ path: 'manifests/serving.yaml', base, head }))).toEqual([
      'HorizontalPodAutoscaler `api`: minReplicas 2 → 3',
      'HorizontalPodAutoscaler `api`: maxReplicas 5 → 10',
      'CronJob `retrain`: schedule 0 2 * * * → 0 3 * * 1',
      'removed ConfigMap `old`',
    ]);
    expect(await summariesOf(scenario({ path: 'manifests/serving.yaml', head: cron('0 1 * * *') }))).toEqual([
      'new CronJob `retrain` (image `acme/train:5`)',
    ]);
  });

  it('never shows the values of a Secret', async () => {
    const secret = (value: string): string =>
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: creds\nstringData:\n  username: ${value}\n`;
    expect(await summariesOf(scenario({ path: 'k8s/secret.yaml', base: secret('alice'), head: secret('bob') }))).toEqual([
      'Secret `creds`, `stringData.username`: changed (value hidden)',
    ]);
  });

  it('diffs Helm values and kustomize images key by key with deployment kinds', async () => {
    const values = await inspect(
      scenario({
        path: 'charts/model/values.yaml',
        base: 'replicaCount: 1\nimage:\n  repository: acme/model\n  tag: "1.0"\nresources:\n  limits:\n    cpu: 1\n',
        head: 'replicaCount: 3\nimage:\n  repository: acme/model\n  tag: "1.1"\nresources:\n  limits:\n    cpu: 2\n',
      }),
    );
    expect(values.map(({ kind, summary }) => ({ kind, summary }))).toEqual([
      { kind: 'scaling', summary: '`replicaCount`: 1 → 3' },
      { kind: 'image', summary: '`image.tag`: 1.0 → 1.1' },
      { kind: 'resources', summary: '`resources.limits.cpu`: 1 → 2' },
    ]);
    const kustomization = (tag: string): string =>
      `resources:\n  - deployment.yaml\nimages:\n  - name: acme/model\n    newTag: "${tag}"\n`;
    expect(
      await summariesOf(
        scenario({ path: 'overlays/prod/kustomization.yaml', base: kustomization('1.0'), head: kustomization('1.1') }),
      ),
    ).toEqual(['`images.acme/model.newTag`: 1.0 → 1.1']);
  });

  it('reads Helm templates from the patch without parsing them', async () => {
    const input = scenario({
      path: 'charts/model/templates/deployment.yaml',
      base: 'spec:\n  replicas: {{ .Values.replicaCount }}\n  image: "{{ .Values.image.repository }}:1.0"\n',
      head: 'spec:\n  replicas: 2\n  image: "{{ .Values.image.repository }}:1.1"\n',
    });
    expect(await summariesOf(input)).toEqual([
      '`replicas`: {{ .Values.replicaCount }} → 2',
      '`image`: "{{ .Values.image.repository }}:1.0" → "{{ .Values.image.repository }}:1.1"',
    ]);
    expect(input.source.reads).toEqual([]);
  });

  it('reports a manifest that no longer parses', async () => {
    const changes = await inspect(
      scenario({
        path: 'k8s/deployment.yaml',
        base: deployment({ image: 'a:1', replicas: 1, memory: '1Gi', logLevel: 'x', apiKey: 'y', port: 1 }),
        head: 'kind: Deployment\n  bad: [\n',
      }),
    );
    expect(changes).toHaveLength(1);
    expect(changes[0]?.kind).toBe('parse-error');
    expect(changes[0]?.summary).toMatch(/^could not parse `k8s\/deployment.yaml` at head: /);
  });
});

describe('docker compose', () => {
  it('reports image tags, environment lists and replicas', async () => {
    const compose = (tag: string, level: string, password: string, replicas: number): string =>
      `services:\n  api:\n    image: acme/api:${tag}\n    environment:\n      - LOG_LEVEL=${level}\n      - DB_PASSWORD=${password}\n    deploy:\n      replicas: ${replicas}\n`;
    const changes = await inspect(
      scenario({ path: 'docker-compose.yml', base: compose('1.0', 'info', 'a', 1), head: compose('1.1', 'debug', 'b', 2) }),
    );
    expect(changes.map(({ kind, summary }) => ({ kind, summary }))).toEqual([
      { kind: 'image', summary: '`services.api.image`: acme/api:1.0 → acme/api:1.1' },
      { kind: 'environment', summary: '`services.api.environment.LOG_LEVEL`: info → debug' },
      { kind: 'environment', summary: '`services.api.environment.DB_PASSWORD`: changed (value hidden)' },
      { kind: 'scaling', summary: '`services.api.deploy.replicas`: 1 → 2' },
    ]);
  });
});

describe('Terraform', () => {
  it('reports resources added, removed and changed, with instance types', async () => {
    const patch = hunks(
      [
        '@@ -1,12 +1,14 @@ resource "aws_instance" "trainer" {',
        '   ami           = "ami-123"',
        '-  instance_type = "t3.large"',
        '+  instance_type = "g5.xlarge"',
        '   tags = {',
        '     team = "ml"',
        '   }',
        ' }',
        ' ',
        '-resource "aws_s3_bucket" "old_artifacts" {',
        '-  bucket = "old"',
        '-}',
        '+resource "aws_sagemaker_endpoint" "main" {',
        '+  name = "churn"',
        '+}',
        '+',
        '+module "vpc" {',
        '+  source = "./vpc"',
        '+}',
        '',
      ].join('\n'),
    );
    const input = { file: { path: 'infra/main.tf', status: 'modified' as const }, patch, source: scenario({ path: 'x' }).source };
    expect(await summariesOf(input)).toEqual([
      'changed resource `aws_instance.trainer`: instance_type `t3.large` → `g5.xlarge`',
      'removed resource `aws_s3_bucket.old_artifacts`',
      'new resource `aws_sagemaker_endpoint.main`',
      'new module `vpc`',
    ]);
    expect(input.source.reads).toEqual([]);
  });

  it('reports tfvars values, hiding secrets', async () => {
    const base = 'instance_type = "ml.m5.large"\ndb_password = "a"\n';
    const head = 'instance_type = "ml.g5.xlarge"\ndb_password = "b"\n';
    expect(await summariesOf(scenario({ path: 'envs/prod.tfvars', base, head }))).toEqual([
      '`instance_type`: ml.m5.large → ml.g5.xlarge',
      '`db_password`: changed (value hidden)',
    ]);
  });
});
