// The public API of the core: what the extension, the CLI and the tests import.
export { extractArticle } from './extract';
export { CLEAN_STEPS, REMOVAL_CATEGORIES } from './types';
export { unknownDisableIds } from './disable';
export { findClutter } from './find-clutter';
export { detectArticle } from './detect';
export { harvestRelated } from './related';
export { blockText, readingMinutes, countWords } from './text';
export { sanitizeArticle } from './sanitize';
export type * from './types';
