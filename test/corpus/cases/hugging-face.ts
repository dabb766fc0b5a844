import { binary, layout, modified } from '../corpus-case.js';

/**
 * Hugging Face model repositories mirrored on GitHub: KPFBERT/kpfbert (BERT weights for
 * PyTorch and TensorFlow, tokenizer, GitHub Pages site), AsoSoft/KuBERT-Central-Kurdish-BERT-Model,
 * ibrahimm7004/falcon-7b-finetuned-twitter-sentiment (a LoRA adapter with a Flask demo and an
 * inference handler) and eiszazel/SmolLM2-135M-Instruct-onnx-ryzenai-1.7-hybrid (ONNX export).
 * Their README.md is the model card.
 */
const KPFBERT = [
  '.gitattributes',
  'LICENSE',
  'README.md',
  '_config.yml',
  'config.json',
  'detail.md',
  'index.md',
  'pytorch_model.bin',
  'special_tokens_map.json',
  'tf_model.h5',
  'tokenizer.json',
  'tokenizer_config.json',
  'vocab.txt',
];

const FALCON = [
  'README.md',
  'adapter_config.json',
  'adapter_model.safetensors',
  'app.py',
  'handler.py',
  'model.py',
  'requirements.txt',
  'special_tokens_map.json',
  'static/style.css',
  'templates/screen1.html',
  'tokenizer_config.json',
  'utils.py',
];

const SMOL = [
  '.gitattributes',
  'README.md',
  'genai_config.json',
  'model_jit.onnx',
  'model_jit.onnx.data',
  'special_tokens_map.json',
  'tokenizer_config.json',
];

export const HUGGING_FACE = layout({
  name: 'hugging-face',
  source: 'KPFBERT/kpfbert',
  repository: KPFBERT,
  cases: [
    {
      id: 'new-weights',
      description: 'Retrained weights: pytorch_model.bin and tf_model.h5 (binary), config.json unchanged.',
      files: [binary('pytorch_model.bin'), binary('tf_model.h5')],
      expected: ['model'],
      verdict: 'fail',
    },
    {
      id: 'new-weights-with-card',
      description: 'Retrained weights with the model card (README.md) and changelog updated.',
      files: [binary('pytorch_model.bin'), binary('tf_model.h5'), modified('README.md'), modified('CHANGELOG.md')],
      expected: ['model'],
      verdict: 'pass',
      repository: [...KPFBERT, 'CHANGELOG.md'],
    },
    {
      id: 'card-only',
      description: 'Fix the citation in the model card (README.md).',
      files: [modified('README.md')],
      expected: [],
      verdict: 'pass',
    },
    {
      id: 'tokenizer-vocab',
      description: 'tokenizer.json and vocab.txt gain tokens.',
      files: [modified('tokenizer.json'), modified('vocab.txt')],
      expected: ['model'],
      verdict: 'fail',
    },
    {
      id: 'config-json-only',
      description: 'config.json changes max_position_embeddings. (A bare config.json is too common a name to trigger on.)',
      files: [modified('config.json')],
      expected: ['model'],
      verdict: 'fail',
    },
    {
      id: 'pages-site',
      description: 'The GitHub Pages site: _config.yml and index.md.',
      files: [modified('_config.yml'), modified('index.md')],
      expected: [],
      verdict: 'pass',
    },
    {
      id: 'gitattributes-lfs',
      description: '.gitattributes tracks *.h5 with LFS.',
      files: [modified('.gitattributes')],
      expected: [],
      verdict: 'pass',
    },
    {
      id: 'kubert-added-tokens',
      source: 'AsoSoft/KuBERT-Central-Kurdish-BERT-Model',
      description: 'added_tokens.json and special_tokens_map.json change.',
      files: [modified('added_tokens.json'), modified('special_tokens_map.json')],
      expected: ['model'],
      verdict: 'fail',
      repository: [
        'README.md',
        'added_tokens.json',
        'config.json',
        'special_tokens_map.json',
        'tokenizer_config.json',
        'vocab.txt',
      ],
    },
    {
      id: 'falcon-adapter',
      source: 'ibrahimm7004/falcon-7b-finetuned-twitter-sentiment',
      description: 'A re-trained LoRA adapter: adapter_config.json (rank) and adapter_model.safetensors.',
      files: [modified('adapter_config.json'), binary('adapter_model.safetensors')],
      expected: ['model'],
      verdict: 'fail',
      repository: FALCON,
    },
    {
      id: 'falcon-handler',
      source: 'ibrahimm7004/falcon-7b-finetuned-twitter-sentiment',
      description:
        'handler.py, the custom handler of the inference endpoint, changes generation length. (A file named handler.py.)',
      files: [modified('handler.py')],
      expected: ['deployment'],
      verdict: 'fail',
      contents: {
        base: {
          'handler.py':
            'from transformers import AutoModelForCausalLM, AutoTokenizer\n\nclass EndpointHandler:\n    def __init__(self, path=""):\n        self.tokenizer = AutoTokenizer.from_pretrained(path)\n        self.model = AutoModelForCausalLM.from_pretrained(path)\n\n    def __call__(self, data):\n        ids = self.tokenizer(data["inputs"], return_tensors="pt").input_ids\n        return self.tokenizer.decode(self.model.generate(ids, max_new_tokens=64)[0])\n',
        },
        head: {
          'handler.py':
            'from transformers import AutoModelForCausalLM, AutoTokenizer\n\nclass EndpointHandler:\n    def __init__(self, path=""):\n        self.tokenizer = AutoTokenizer.from_pretrained(path)\n        self.model = AutoModelForCausalLM.from_pretrained(path)\n\n    def __call__(self, data):\n        ids = self.tokenizer(data["inputs"], return_tensors="pt").input_ids\n        return self.tokenizer.decode(self.model.generate(ids, max_new_tokens=128)[0])\n',
        },
      },
      repository: FALCON,
    },
    {
      id: 'falcon-demo-ui',
      source: 'ibrahimm7004/falcon-7b-finetuned-twitter-sentiment',
      description: 'The demo page templates and styles.',
      files: [modified('templates/screen1.html'), modified('static/style.css')],
      expected: [],
      verdict: 'pass',
      repository: FALCON,
    },
    {
      id: 'falcon-model-py',
      source: 'ibrahimm7004/falcon-7b-finetuned-twitter-sentiment',
      description: 'model.py loads the adapter with 4-bit quantisation.',
      files: [modified('model.py')],
      expected: ['model'],
      verdict: 'fail',
      repository: FALCON,
    },
    {
      id: 'onnx-export',
      source: 'eiszazel/SmolLM2-135M-Instruct-onnx-ryzenai-1.7-hybrid',
      description: 'A new ONNX export: model_jit.onnx and its external data file.',
      files: [binary('model_jit.onnx'), binary('model_jit.onnx.data')],
      expected: ['model'],
      verdict: 'fail',
      repository: SMOL,
    },
  ],
});
