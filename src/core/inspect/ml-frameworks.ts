import { normalizeName } from './python-requirement.js';

/**
 * Packages whose version changes what a model computes, not just how code runs: training and
 * inference frameworks, their GPU runtimes and the model libraries built on them. A bump of one
 * of these belongs in the model card, so it is reported as `framework`, not `dependency`.
 */
const ML_FRAMEWORKS = new Set(
  [
    'torch',
    'pytorch',
    'torchvision',
    'torchaudio',
    'torchtext',
    'pytorch-lightning',
    'lightning',
    'tensorflow',
    'tensorflow-gpu',
    'tensorflow-cpu',
    'tf-keras',
    'keras',
    'tensorflow-probability',
    'jax',
    'jaxlib',
    'flax',
    'optax',
    'scikit-learn',
    'sklearn',
    'xgboost',
    'lightgbm',
    'catboost',
    'transformers',
    'diffusers',
    'accelerate',
    'peft',
    'trl',
    'tokenizers',
    'sentence-transformers',
    'timm',
    'onnx',
    'onnxruntime',
    'onnxruntime-gpu',
    'tensorrt',
    'openvino',
    'mxnet',
    'paddlepaddle',
    'deepspeed',
    'vllm',
    'statsmodels',
    'prophet',
    'spacy',
    'gensim',
    'fastai',
    'cudatoolkit',
    'pytorch-cuda',
    'cudnn',
    'cuda-toolkit',
  ].map(normalizeName),
);

/** Whether a package is an ML framework (by its normalised name). */
export function isMlFramework(name: string): boolean {
  return ML_FRAMEWORKS.has(normalizeName(name));
}
