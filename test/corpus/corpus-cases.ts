import { COMPONENTS_TEMPLATE } from './cases/components-template.js';
import { COOKIECUTTER } from './cases/cookiecutter.js';
import { DVC } from './cases/dvc.js';
import { HUGGING_FACE } from './cases/hugging-face.js';
import { INFRASTRUCTURE } from './cases/infrastructure.js';
import { LIGHTNING_HYDRA } from './cases/lightning-hydra.js';
import { MLFLOW } from './cases/mlflow.js';
import { NON_ML } from './cases/non-ml.js';
import { ORCHESTRATORS } from './cases/orchestrators.js';
import { SERVING } from './cases/serving.js';
import type { CorpusLayout } from './corpus-case.js';

/** Every layout of the corpus, in the order the report lists them. */
export const CORPUS_LAYOUTS: readonly CorpusLayout[] = [
  DVC,
  COOKIECUTTER,
  COMPONENTS_TEMPLATE,
  LIGHTNING_HYDRA,
  MLFLOW,
  ORCHESTRATORS,
  SERVING,
  HUGGING_FACE,
  INFRASTRUCTURE,
  NON_ML,
];
