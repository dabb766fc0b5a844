import type { Change, ChangedFile, ContentSource } from '../types.js';
import { filePath } from './file-path.js';
import { makeChange } from './make-change.js';

/**
 * Entry-point names that serve a model as often as they do anything else: the file's content
 * decides. Only these are read for it, so ordinary source files cost no request.
 */
const SERVING_ENTRY_NAMES = new Set(['app.py', 'main.py', 'server.py', 'service.py', 'handler.py', 'predict.py', 'api.py']);

/** Imports of the frameworks that expose a model behind an endpoint, with the name to show. */
const SERVING_FRAMEWORKS: readonly (readonly [RegExp, string])[] = [
  [/^\s*(?:from|import)\s+fastapi\b/m, 'FastAPI'],
  [/^\s*(?:from|import)\s+flask\b/m, 'Flask'],
  [/^\s*(?:from|import)\s+bentoml\b/m, 'BentoML'],
  [/^\s*(?:from|import)\s+kserve\b/m, 'KServe'],
  [/^\s*from\s+ray\s+import\s+serve\b|^\s*(?:from|import)\s+ray\.serve\b/m, 'Ray Serve'],
  [/^\s*(?:from|import)\s+ts\.torch_handler\b/m, 'TorchServe'],
  [/^\s*(?:from|import)\s+litserve\b/m, 'LitServe'],
  [/^\s*(?:from|import)\s+sagemaker_inference\b/m, 'SageMaker inference'],
  [/^\s*(?:from|import)\s+mlserver\b/m, 'MLServer'],
  // A Hugging Face Inference Endpoints custom handler is a class of this name, no import needed.
  [/^\s*class\s+EndpointHandler\b/m, 'Hugging Face Inference Endpoints'],
];

/** Calls that load a trained model (or a model-hub pipeline) into the serving process. */
const MODEL_LOADING =
  /\b(?:joblib\.load|pickle\.load|torch\.(?:load|jit\.load)|tf\.keras\.models\.load_model|keras\.models\.load_model|load_model|mlflow\.\w+\.load_model|from_pretrained|onnxruntime\.InferenceSession|InferenceSession|xgb\.Booster|lgb\.Booster|pipeline\s*\(|bentoml\.\w+\.get|initialize\s*\(\s*self)/;

/** Files larger than this are left to their patch: a serving entry point is a small file. */
const MAX_ENTRY_BYTES = 256 * 1024;

/** Whether a path is one of the entry-point names whose content decides. */
export const isServingEntryCandidate = (path: string): boolean => {
  const { lower, ext } = filePath(path);
  return ext === 'py' && SERVING_ENTRY_NAMES.has(lower);
};

/**
 * A `serving` change when the file (at head, or at base when removed) is model-serving code: it
 * imports a serving framework and loads a model. The `recommended` preset uses it to let an
 * `app.py` or `handler.py` trigger `deployment` only when it really serves a model.
 */
export async function servingEntryChange({
  file,
  source,
}: {
  readonly file: ChangedFile;
  readonly source: ContentSource;
}): Promise<Change | undefined> {
  if (!isServingEntryCandidate(file.path)) return undefined;
  const text = await source.readFile(file.status === 'removed' ? 'base' : 'head', file.path);
  if (text === undefined || text.length > MAX_ENTRY_BYTES || !MODEL_LOADING.test(text)) return undefined;
  const framework = SERVING_FRAMEWORKS.find(([pattern]) => pattern.test(text))?.[1];
  if (framework === undefined) return undefined;
  const verb = file.status === 'added' ? 'new' : file.status === 'removed' ? 'removed' : 'changed';
  return makeChange({ file: file.path, kind: 'serving', summary: `${verb} model-serving code (${framework})` });
}
