import { CONFIG_ROOTS, MODEL_FORMATS, WEB_FILES, type AreaGlobs } from './common-globs.js';

/** The `data` area of the recommended preset: datasets and the code that prepares them. */
export const DATA_GLOBS: AreaGlobs = {
  description: 'Datasets, data pointers, preprocessing, features and splits',
  paths: [
    // Datasets by location: cookiecutter-data-science's data/{raw,interim,processed,external}.
    'data/**',
    'datasets/**',
    'dataset/**',
    '**/data/**/*.{csv,tsv,jsonl,xlsx}',
    // Formats that only ever hold data.
    '*.{parquet,feather,arrow,avro,orc,tfrecord,tfrecords,npy,npz}',
    // DVC: a .dvc pointer tracks a dataset unless it tracks a model; remotes say where data lives.
    '*.dvc',
    '!models/**',
    '!model.dvc',
    '!models.dvc',
    `!*.${MODEL_FORMATS}.dvc`,
    '.dvc/config',
    // Data code: cookiecutter's src/data and src/features, Lightning datamodules.
    'src/data/**',
    'src/*/data/**',
    'src/features/**',
    'src/*/features/**',
    `!src/{data,features}/**/*.${WEB_FILES}`,
    `!src/*/{data,features}/**/*.${WEB_FILES}`,
    'datamodules/',
    '*_datamodule.py',
    'datamodule.py',
    'dataset.py',
    'datasets.py',
    '*_dataset.py',
    'preprocess*.py',
    'preprocessing/',
    'feature_engineering/',
    'build_features.py',
    // cookiecutter-data-science v2: <module>/dataset.py and <module>/features.py.
    'features.py',
    '{split_data,data_split,train_test_split}*.py',
    'data_schema*.{json,yaml,yml,py}',
    // Hydra data configs, the Kedro data catalog, Feast feature repos, Great Expectations suites.
    `${CONFIG_ROOTS}/{data,datamodule,dataset,datasets}/**`,
    'conf/*/catalog*.{yml,yaml}',
    'conf/*/catalog/**',
    'feature_store.yaml',
    'feature_repo/',
    '{great_expectations,gx}/expectations/**',
  ],
  docs: [
    'DATASHEET.md',
    '**/datasheet*.md',
    '**/DATASHEET*.md',
    'DATA_CARD.md',
    '**/data_card*.md',
    'docs/data*',
    'docs/data/**',
    'docs/datasets/**',
    'data/README.md',
    'references/**',
  ],
};
