import { CONFIG_ROOTS, MODEL_FORMATS, WEB_SOURCE, type AreaGlobs } from './common-globs.js';

/** The `model` area of the recommended preset: model code, training, hyperparameters and trained artefacts. */
export const MODEL_GLOBS: AreaGlobs = {
  description: 'Model code, training, hyperparameters, evaluation and trained artefacts',
  paths: [
    // Model code: cookiecutter-data-science and the Lightning-Hydra template (src/models),
    // src-layout packages (src/<package>/models), trained models and their pointers (models/).
    'src/models/**',
    'src/*/models/**',
    'models/**',
    `!{models,src/models,src/*/models}/**/*.${WEB_SOURCE}`,
    // Training, evaluation and model definitions by their conventional names. (`models.py` is
    // left out: Django's ORM uses that name.)
    'train*.py',
    '*_train.py',
    '!train_test_split*.py',
    // DAGs, pipelines and flows named after training are pipeline definitions, not model code.
    '!*_{dag,pipeline,flow}.py',
    'finetune*.py',
    'fine_tune*.py',
    // Directories of training and evaluation code; cookiecutter-data-science v2 keeps training
    // and prediction in <module>/modeling/.
    'training/',
    'modeling/',
    'evaluation/',
    'eval*.py',
    'model.py',
    'modeling_*.py',
    '*_module.py',
    'loss.py',
    'losses.py',
    // Hyperparameters and experiment configs: DVC params, Hydra groups, Kedro parameters.
    'params.{yaml,yml}',
    '{hyperparams,hparams}*.{yaml,yml,json}',
    `${CONFIG_ROOTS}/{model,models,trainer,experiment,hparams_search,optimizer,scheduler,callbacks}/**`,
    `${CONFIG_ROOTS}/{train,training,eval}*.{yaml,yml}`,
    'conf/*/parameters*.{yml,yaml}',
    'conf/*/parameters/**',
    // A new dvc.lock means the pipeline was re-run: its outputs (models, metrics) changed.
    'dvc.lock',
    // Trained artefacts and DVC pointers to them. (`.h5` also stores datasets: not in data dirs.)
    `*.${MODEL_FORMATS}`,
    `*.${MODEL_FORMATS}.dvc`,
    'model.dvc',
    'models.dvc',
    '*.h5',
    '!{data,datasets,dataset}/**/*.h5',
    '*.joblib',
    // Hugging Face model repositories: weights and tokenizer files. (A bare `config.json` is
    // too common a name to trigger on.)
    'pytorch_model*.bin',
    '*.{safetensors,bin}.index.json',
    'tokenizer*.json',
    'tokenizer.model',
    'special_tokens_map.json',
    'generation_config.json',
    'preprocessor_config.json',
    'adapter_config.json',
  ],
  docs: [
    'MODEL_CARD.md',
    'model_card.md',
    'MODELCARD.md',
    '**/model_card*.md',
    '**/MODEL_CARD*.md',
    'docs/model*',
    'docs/models/**',
    'models/README.md',
  ],
};
