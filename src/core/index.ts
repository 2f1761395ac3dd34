// The public API of the core: what the extension, the CLI and the tests import.
export { extractArticle, CLEAN_STEPS } from './extract';
export { findClutter } from './find-clutter';
export { detectArticle } from './detect';
export { harvestRelated } from './related';
export { blockText, readingMinutes, countWords } from './text';
export { sanitizeArticle } from './sanitize';
export type * from './types';
