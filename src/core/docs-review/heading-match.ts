import type { Heading } from './markdown-outline.js';

/** Words that carry no meaning in a heading: "Bias, Risks, and Limitations" still says limitations. */
const STOP_WORDS = new Set(['a', 'an', 'and', 'the', 'of', 'for', 'to', 'on', 'in', 'with', 'its', 'our', 'this']);

/*
 * Other names a well-kept document gives the sections of the built-in templates: the Hugging
 * Face model card ("Uses", "Training Details", "Bias, Risks, and Limitations"), the automatic
 * cards of training libraries ("Training and evaluation data", "Training hyperparameters"),
 * Datasheets for Datasets and common runbooks. Keyed by the normalised section name; every
 * synonym matches the way the section name does (all its words present in the heading).
 */
const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  'model detail': ['model description', 'model summary', 'model overview', 'model architecture', 'overview'],
  'intended use': ['uses', 'usage', 'how to use', 'use cases', 'applications'],
  'training data': ['training dataset', 'training and evaluation data', 'training set', 'data sources'],
  'training procedure': [
    'training details',
    'training hyperparameters',
    'hyperparameters',
    'training setup',
    'training recipe',
    'training configuration',
    'fine tuning',
    'finetuning',
  ],
  evaluation: ['metrics', 'results', 'performance', 'benchmarks'],
  limitation: ['risks', 'caveats', 'known issues', 'bias', 'ethical considerations', 'out of scope'],
  version: ['history', 'changelog', 'change log', 'changes', 'releases', 'release notes'],
  motivation: ['purpose', 'background'],
  composition: ['dataset structure', 'data fields', 'data instances', 'dataset description', 'contents', 'schema'],
  collection: ['source data', 'sources', 'provenance', 'origin', 'acquisition'],
  preprocessing: ['processing', 'cleaning', 'transformations', 'data preparation', 'feature engineering'],
  split: ['partitions', 'train test', 'train validation test'],
  use: ['usage', 'applications'],
  distribution: ['access', 'availability', 'license', 'licence', 'licensing', 'storage', 'download'],
  maintenance: ['maintainers', 'updates', 'versioning', 'ownership', 'contact'],
  environment: ['infrastructure', 'platform', 'runtime', 'hardware', 'hosting'],
  configuration: ['config', 'settings', 'environment variables', 'options'],
  architecture: ['design', 'components', 'how it works'],
  scaling: ['autoscaling', 'scalability', 'capacity', 'replicas'],
  monitoring: ['observability', 'alerts', 'alerting', 'dashboards', 'logging'],
  rollback: ['revert', 'reverting', 'recovery', 'incident response'],
  workflow: ['pipeline', 'stages', 'steps'],
  schedule: ['scheduling', 'cron', 'scheduled jobs', 'triggers', 'automation'],
  dependency: ['requirements', 'installation', 'setup'],
};

/**
 * Words of texts already split: a review compares the same few headings and section names with
 * each other for every change. Bounded, since the App reviews pull request after pull request.
 */
const knownWords = new Map<string, readonly string[]>();
const MAX_KNOWN_WORDS = 2_000;

/** "Bias, Risks & Limitations" -> ["bias", "risk", "limitation"]: lowercase, singular, no stop words. */
export function headingWords(text: string): readonly string[] {
  let words = knownWords.get(text);
  if (words === undefined) {
    if (knownWords.size >= MAX_KNOWN_WORDS) knownWords.clear();
    words = splitWords(text);
    knownWords.set(text, words);
  }
  return words;
}

function splitWords(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/&/g, ' and ')
      // "Pre-processing" and "Preprocessing", "roll-back" and "rollback" are the same word.
      .replace(/([a-z])-(?=[a-z])/g, '$1')
      .split(/[^a-z0-9]+/)
      .filter((word) => word !== '' && !STOP_WORDS.has(word))
      .map(singular)
  );
}

function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  // "process", "status" and "analysis" are singular already.
  if (word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

const containsAll = (heading: readonly string[], wanted: readonly string[]): boolean =>
  wanted.length > 0 && wanted.every((word) => heading.includes(word));

/**
 * Whether `heading` provides the section `name`: case-insensitive, singular or plural, and
 * fuzzy in the way documents are written, so "Training procedure" is provided by
 * "Training Procedure and Hyperparameters" and "Evaluation" by "Results". Every word of the name
 * (or of one of its synonyms) must be in the heading.
 */
export function headingProvides({ heading, name }: { readonly heading: string; readonly name: string }): boolean {
  const words = headingWords(heading);
  const wanted = headingWords(name);
  if (containsAll(words, wanted)) return true;
  return (SYNONYMS[wanted.join(' ')] ?? []).some((synonym) => containsAll(words, headingWords(synonym)));
}

/**
 * The heading of `headings` that provides the section `name`, preferring the highest-level one
 * (a `## Training procedure` over a `### Training procedure notes`), then the first.
 */
export function findHeading({
  headings,
  name,
}: {
  readonly headings: readonly Heading[];
  readonly name: string;
}): Heading | undefined {
  const exact = headingWords(name).join(' ');
  const matches = headings.filter((heading) => headingProvides({ heading: heading.text, name }));
  // A heading that is exactly the name wins over one that only contains it or a synonym.
  const named = matches.find((heading) => headingWords(heading.text).join(' ') === exact);
  if (named !== undefined) return named;
  return [...matches].sort((a, b) => a.level - b.level || a.line - b.line)[0];
}
