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
    // left out: Django's ORM and requests use that name.)
    'train*.py',
    '*_train.py',
    '!train_test_split*.py',
    // DAGs, pipelines and flows named after training are pipeline definitions, not model code.
    '!*_{dag,pipeline,flow}.py',
    'finetune*.py',
    'fine_tune*.py',
    // The course template copied across thousands of repositories: model_trainer.py,
    // model_training.py, model_evaluation.py, prepare_base_model.py.
    'model_{train,eval,build}*.py',
    '*_trainer.py',
    '*_training.py',
    '{prepare,build,create}_*model.py',
    // Directories of training and evaluation code; cookiecutter-data-science v2 keeps training
    // and prediction in <module>/modeling/; AI Platform packages put it in trainer/.
    'training/',
    'trainer/',
    'modeling/',
    'evaluation/',
    'eval*.py',
    'model.py',
    'modeling_*.py',
    '*_module.py',
    'loss.py',
    'losses.py',
    'losses/',
    '*_loss.py',
    // Hyperparameter search (Optuna and friends).
    'hpo*.py',
    'tune_*.py',
    '*_tuning.py',
    'hyperparameter*.py',
    // Hyperparameters and experiment configs: DVC params, Hydra groups, Kedro parameters.
    'params.{yaml,yml}',
    '{hyperparams,hparams}*.{yaml,yml,json,py}',
    'model_params*.{py,yaml,yml,json}',
    `${CONFIG_ROOTS}/{model,models,module,net,network,trainer,experiment,hparams_search,optimizer,scheduler,callbacks,loss}/**`,
    `${CONFIG_ROOTS}/{model,models}.{yaml,yml}`,
    `${CONFIG_ROOTS}/{train,eval}*.{yaml,yml}`,
    `${CONFIG_ROOTS}/*_{train,eval}*.{yaml,yml}`,
    // Training configs also sit in config roots below the top (astro/config/training.yaml).
    `**/${CONFIG_ROOTS}/training*.{yaml,yml}`,
    // ...but a schema of the training data (config/network_schema_training.yaml) is data.
    `!**/${CONFIG_ROOTS}/*schema*`,
    'conf/*/parameters*.{yml,yaml}',
    'conf/*/parameters/**',
    // A new dvc.lock means the pipeline was re-run: its outputs (models, metrics) changed.
    'dvc.lock',
    // Trained artefacts and DVC pointers to them. (`.h5` and pickles also store datasets: not in
    // data dirs.)
    `*.${MODEL_FORMATS}`,
    `*.${MODEL_FORMATS}.dvc`,
    'model.dvc',
    'models.dvc',
    '*.{h5,pkl,pickle,joblib}',
    '!{data,datasets,dataset}/**/*.{h5,pkl,pickle}',
    // ONNX external weights, TorchServe archives, MLEM and MLflow model metadata, TF SavedModel.
    '*.onnx.data',
    '*.mar',
    '*.mlem',
    'MLmodel',
    'saved_model.pb',
    // Hugging Face model repositories: weights and tokenizer files. (A bare `config.json` is
    // too common a name to trigger on; vocabularies count at the root only.)
    'pytorch_model*.bin',
    '*.{safetensors,bin}.index.json',
    'tokenizer*.json',
    'tokenizer.model',
    'special_tokens_map.json',
    'added_tokens.json',
    '/vocab.{txt,json}',
    '/merges.txt',
    'spiece.model',
    'sentencepiece*.model',
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
    // Cards kept as YAML (mlflow/mlflow-example keeps modelcard.yaml).
    '{modelcard,model_card,MODEL_CARD}.{yaml,yml}',
    'docs/model*',
    'docs/models/**',
    'models/README.md',
  ],
};
