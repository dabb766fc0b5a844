import { layout, modified } from '../corpus-case.js';

/**
 * MLflow projects: mlflow/mlflow-example (MLproject, conda.yaml, train.py, modelcard.yaml) and
 * the multistep workflow of mlflow/mlflow's examples (load_raw_data.py → etl_data.py → als.py →
 * train_keras.py, driven by main.py).
 */
const EXAMPLE = [
  '.github/workflows/mlflow.yml',
  '.github/workflows/modelcard.yml',
  '.gitignore',
  'Dockerfile',
  'MLproject',
  'README.md',
  'conda.yaml',
  'main.py',
  'modelcard.yaml',
  'test.py',
  'train.py',
];

const MULTISTEP = [
  'MLproject',
  'README.rst',
  'als.py',
  'conda.yaml',
  'etl_data.py',
  'load_raw_data.py',
  'main.py',
  'python_env.yaml',
  'train_keras.py',
];

export const MLFLOW = layout({
  name: 'mlflow',
  source: 'mlflow/mlflow-example',
  repository: EXAMPLE,
  cases: [
    {
      id: 'mlproject-parameter',
      description: 'MLproject gains an l1_ratio parameter with a new default.',
      files: [modified('MLproject')],
      expected: ['pipeline'],
      verdict: 'fail',
    },
    {
      id: 'conda-env',
      description: 'conda.yaml moves to a newer scikit-learn.',
      files: [modified('conda.yaml')],
      expected: ['pipeline'],
      verdict: 'fail',
    },
    {
      id: 'train',
      description: 'train.py changes the ElasticNet defaults.',
      files: [modified('train.py')],
      expected: ['model'],
      verdict: 'fail',
    },
    {
      id: 'train-with-yaml-card',
      description: 'train.py changes, and modelcard.yaml (the repository keeps its card in YAML) and the changelog follow.',
      files: [modified('train.py'), modified('modelcard.yaml'), modified('CHANGELOG.md')],
      expected: ['model'],
      verdict: 'pass',
      repository: [...EXAMPLE, 'CHANGELOG.md'],
    },
    {
      id: 'card-only',
      description: 'Edit modelcard.yaml alone.',
      files: [modified('modelcard.yaml')],
      expected: [],
      verdict: 'pass',
    },
    {
      id: 'mlflow-run-workflow',
      description: '.github/workflows/mlflow.yml, which runs the MLflow project (training) on push, changes its tracking server.',
      files: [modified('.github/workflows/mlflow.yml')],
      expected: ['pipeline'],
      verdict: 'fail',
    },
    {
      id: 'modelcard-workflow',
      description: 'The workflow that renders the model card: documentation tooling.',
      files: [modified('.github/workflows/modelcard.yml')],
      expected: [],
      tolerated: ['pipeline'],
      verdict: 'pass',
    },
    {
      id: 'test-script',
      description: 'test.py checks one more prediction.',
      files: [modified('test.py')],
      expected: [],
      verdict: 'pass',
    },
    {
      id: 'dockerfile',
      description: 'The Dockerfile that packages the project.',
      files: [modified('Dockerfile')],
      expected: ['deployment'],
      verdict: 'fail',
    },
    {
      id: 'multistep-etl',
      source: 'mlflow/mlflow (examples/multistep_workflow)',
      description: 'etl_data.py filters ratings differently.',
      files: [modified('etl_data.py')],
      expected: ['data'],
      verdict: 'fail',
      repository: MULTISTEP,
    },
    {
      id: 'multistep-load-raw',
      source: 'mlflow/mlflow (examples/multistep_workflow)',
      description: 'load_raw_data.py downloads the 20M MovieLens set instead of 100k.',
      files: [modified('load_raw_data.py')],
      expected: ['data'],
      verdict: 'fail',
      repository: MULTISTEP,
    },
    {
      id: 'multistep-als',
      source: 'mlflow/mlflow (examples/multistep_workflow)',
      description: 'als.py, the ALS model step, raises the rank. (A file named after its algorithm.)',
      files: [modified('als.py')],
      expected: ['model'],
      verdict: 'fail',
      repository: MULTISTEP,
    },
    {
      id: 'multistep-train-keras',
      source: 'mlflow/mlflow (examples/multistep_workflow)',
      description: 'train_keras.py adds a hidden layer.',
      files: [modified('train_keras.py')],
      expected: ['model'],
      verdict: 'fail',
      repository: MULTISTEP,
    },
    {
      id: 'multistep-python-env',
      source: 'mlflow/mlflow (examples/multistep_workflow)',
      description: 'python_env.yaml pins a newer TensorFlow.',
      files: [modified('python_env.yaml')],
      expected: ['pipeline'],
      verdict: 'fail',
      repository: MULTISTEP,
    },
    {
      id: 'multistep-main-documented',
      source: 'mlflow/mlflow (examples/multistep_workflow)',
      description: 'MLproject and main.py chain a new step; README.rst describes it and the changelog records it.',
      files: [modified('MLproject'), modified('main.py'), modified('README.rst'), modified('CHANGELOG.md')],
      expected: ['pipeline'],
      verdict: 'pass',
      repository: [...MULTISTEP, 'CHANGELOG.md'],
    },
  ],
});
