/** Where a repository keeps its ml-docs-guard config: the same for every door (DESIGN's contract). */
export const DEFAULT_CONFIG_PATH = '.github/ml-docs-guard.yml';
