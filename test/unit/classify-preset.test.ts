import { describe, expect, it } from '@jest/globals';
import { classifyFiles } from '../../src/core/classify/classify-files.js';
import { RECOMMENDED_PRESET } from '../../src/core/config/presets.js';
import type { BuiltInArea } from '../../src/core/types.js';

/**
 * What an ML reviewer expects the zero-config preset to flag, path by path, across the layouts
 * the preset claims to know. Expectations come from what each file means in its ecosystem, not
 * from the preset's globs.
 */
const EXPECTED: readonly (readonly [path: string, areas: readonly BuiltInArea[]])[] = [
  // DVC
  ['data/raw/customers.csv.dvc', ['data']],
  ['data.dvc', ['data']],
  ['images.dvc', ['data']],
  ['models/model.pkl.dvc', ['model']],
  ['model.onnx.dvc', ['model']],
  ['.dvc/config', ['data']],
  ['dvc.yaml', ['pipeline']],
  ['dvc.lock', ['model']],
  ['params.yaml', ['model']],
  // cookiecutter-data-science (v1 and v2 layouts)
  ['data/processed/features.parquet', ['data']],
  ['data/raw/2024-03.csv', ['data']],
  ['data/tests/holdout.csv', ['data']],
  ['src/data/make_dataset.py', ['data']],
  ['src/features/build_features.py', ['data']],
  ['src/models/train_model.py', ['model']],
  ['src/models/predict_model.py', ['model']],
  ['churn/dataset.py', ['data']],
  ['churn/features.py', ['data']],
  ['churn/modeling/train.py', ['model']],
  ['churn/modeling/predict.py', ['model']],
  ['requirements.txt', ['pipeline']],
  // Lightning-Hydra template
  ['configs/model/mnist.yaml', ['model']],
  ['configs/data/mnist.yaml', ['data']],
  ['configs/trainer/gpu.yaml', ['model']],
  ['configs/experiment/example.yaml', ['model']],
  ['configs/train.yaml', ['model']],
  ['configs/eval.yaml', ['model']],
  ['src/models/mnist_module.py', ['model']],
  ['src/models/components/simple_dense_net.py', ['model']],
  ['src/data/mnist_datamodule.py', ['data']],
  ['src/train.py', ['model']],
  ['src/eval.py', ['model']],
  ['environment.yaml', ['pipeline']],
  ['src/churn/data/loaders.py', ['data']],
  ['src/churn/models/xgb.py', ['model']],
  ['training/loop.py', ['model']],
  ['src/evaluation/metrics.py', ['model']],
  // MLflow
  ['MLproject', ['pipeline']],
  ['conda.yaml', ['pipeline']],
  ['python_env.yaml', ['pipeline']],
  ['train.py', ['model']],
  // Kedro, Feast, Great Expectations, data schemas
  ['conf/base/catalog.yml', ['data']],
  ['conf/base/parameters.yml', ['model']],
  ['src/churn/pipelines/data_processing/pipeline.py', ['pipeline']],
  ['feature_repo/driver_stats.py', ['data']],
  ['great_expectations/expectations/churn_suite.json', ['data']],
  ['schemas/data_schema.json', ['data']],
  // Airflow, Kubeflow, Prefect, scheduled workflows
  ['dags/retrain_dag.py', ['pipeline']],
  ['airflow/dags/feature_refresh.py', ['pipeline']],
  ['pipelines/nightly_pipeline.py', ['pipeline']],
  ['kubeflow/pipeline.py', ['pipeline']],
  ['flows/daily_flow.py', ['pipeline']],
  ['prefect.yaml', ['pipeline']],
  ['.github/workflows/retrain.yml', ['pipeline']],
  ['.github/workflows/nightly-schedule.yml', ['pipeline']],
  ['crontab', ['pipeline']],
  // Serving
  ['serving/app.py', ['deployment']],
  ['src/serving/handler.py', ['deployment']],
  ['app/inference/predictor.py', ['deployment']],
  ['api/main.py', ['deployment']],
  ['bentofile.yaml', ['deployment']],
  ['cog.yaml', ['deployment']],
  ['score.py', ['deployment']],
  ['model_repository/resnet/config.pbtxt', ['deployment']],
  ['monitoring/drift_alerts.yaml', ['deployment']],
  // Containers, Kubernetes, Helm, Terraform, deploy workflows
  ['Dockerfile', ['deployment']],
  ['docker/Dockerfile.gpu', ['deployment']],
  ['docker-compose.yml', ['deployment']],
  ['k8s/deployment.yaml', ['deployment']],
  ['deploy/k8s/service.yaml', ['deployment']],
  ['helm/churn/values.yaml', ['deployment']],
  ['charts/model-server/templates/deployment.yaml', ['deployment']],
  ['terraform/main.tf', ['deployment']],
  ['infra/modules/gpu/variables.tf', ['deployment']],
  ['kustomization.yaml', ['deployment']],
  ['.github/workflows/deploy.yml', ['deployment']],
  // Hugging Face model repositories
  ['model.safetensors', ['model']],
  ['model-00001-of-00002.safetensors', ['model']],
  ['model.safetensors.index.json', ['model']],
  ['pytorch_model.bin', ['model']],
  ['tokenizer.json', ['model']],
  ['tokenizer_config.json', ['model']],
  ['special_tokens_map.json', ['model']],
  ['generation_config.json', ['model']],
  ['adapter_config.json', ['model']],
  ['adapter_model.safetensors', ['model']],
  ['onnx/model.onnx', ['model']],
  // Must not trigger: docs, tests, tooling, notebooks, ordinary code
  ['README.md', []],
  ['docs/index.md', []],
  ['docs/api/reference.rst', []],
  ['docs/model_card.md', []],
  ['data/external/README.md', []],
  ['references/data_dictionary.xlsx', []],
  ['CHANGELOG.md', []],
  ['CONTRIBUTING.md', []],
  ['LICENSE', []],
  ['tests/test_data.py', []],
  ['tests/data/sample.csv', []],
  ['tests/models/test_net.py', []],
  ['src/models/net_test.py', []],
  ['conftest.py', []],
  ['.github/workflows/lint.yml', []],
  ['.github/workflows/ci.yml', []],
  ['.github/workflows/test.yml', []],
  ['.editorconfig', []],
  ['.vscode/settings.json', []],
  ['.pre-commit-config.yaml', []],
  ['.gitignore', []],
  ['.gitattributes', []],
  ['notebooks/1.0-jqp-initial-exploration.ipynb', []],
  ['notebooks/data/scratch.csv', []],
  ['requirements-dev.txt', []],
  ['setup.cfg', []],
  ['src/utils/strings.py', []],
  ['src/visualization/visualize.py', []],
  ['scripts/format.sh', []],
  ['app/models.py', []],
  ['src/models/User.ts', []],
  ['src/data/countries.json', []],
  ['api/static/app.js', []],
];

const areasOf = (path: string): BuiltInArea[] =>
  classifyFiles({ files: [{ path, status: 'modified' }], config: RECOMMENDED_PRESET }).areas.map(
    (entry) => entry.name as BuiltInArea,
  );

describe('the recommended preset through classifyFiles', () => {
  it.each(EXPECTED)('%s -> %j', (path, areas) => {
    expect(areasOf(path)).toEqual(areas);
  });

  it('covers every built-in area and the must-not-trigger side', () => {
    const areas = new Set(EXPECTED.flatMap(([, expected]) => expected));
    expect([...areas].sort()).toEqual(['data', 'deployment', 'model', 'pipeline']);
    expect(EXPECTED.filter(([, expected]) => expected.length === 0).length).toBeGreaterThanOrEqual(20);
  });
});
