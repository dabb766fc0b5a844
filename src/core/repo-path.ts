/**
 * A path as the diff names it: relative to the repository root, without a leading `./` or `/`
 * (a config may write `./CHANGELOG.md`; git and GitHub list `CHANGELOG.md`).
 */
export const repoPath = (path: string): string => path.replace(/^\.?\//, '');
