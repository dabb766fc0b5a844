import { CONFIG_ROOTS, MODEL_FORMATS, WEB_FILES, type AreaGlobs } from './common-globs.js';

/** The `data` area of the recommended preset: datasets and the code that prepares them. */
export const DATA_GLOBS: AreaGlobs = {
  description: 'Datasets, data pointers, preprocessing, features and splits',
  paths: [
    // Datasets by location: cookiecutter-data-science's data/{raw,interim,processed,external}.
    // (A static site's root data/ matches too: the preset favours the ML meaning.)
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
    // Pointers and files under evaluation outputs are results of a run (plots, metrics), not
    // datasets: example-get-started-experiments tracks results/evaluate/plots/images.dvc.
    '!{results,eval,evaluation,metrics,plots}/**',
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
    'feature_engineering*.{py,sql}',
    'build_features.py',
    // DVC's example-get-started pipeline: prepare.py splits, featurization.py builds features.
    'prepare.py',
    'prepare_data*.py',
    'data_prep*.py',
    'featuriz*.py',
    // The course template copied across thousands of repositories: src/components/data_*.py.
    'data_{ingestion,transformation,validation,preprocessing,preparation,cleaning,loader,loading,processing}*.py',
    'ingest*.py',
    '*_ingestion.py',
    // Data steps named after what they do to the data (MLflow's load_raw_data.py, etl_data.py).
    '{load,clean,process,validate,etl,fetch,download}_*data*.py',
    // cookiecutter-data-science v2: <module>/dataset.py and <module>/features.py.
    'features.py',
    '{split_data,data_split,train_test_split}*.py',
    'data_schema*.{json,yaml,yml,py}',
    // Hydra data configs, the Kedro data catalog, Feast feature repos, Great Expectations suites,
    // the course template's config/schema.yaml.
    `${CONFIG_ROOTS}/{data,datamodule,dataset,datasets}/**`,
    `${CONFIG_ROOTS}/{data,dataset}.{yaml,yml}`,
    `${CONFIG_ROOTS}/*schema*.{yaml,yml}`,
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
