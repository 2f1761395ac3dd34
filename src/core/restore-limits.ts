// How much HTML a removal record may carry to put its block back (src/core/restorable.ts), in a module
// of its own so that the extension pages, which say "too large to restore", read the same numbers
// without bundling the cleaning steps.

/** The HTML kept to put one block back, at most (a removed block above it is listed, not restorable). */
export const MAX_REMOVAL_HTML = 20 * 1024;
/** The HTML kept for all removed blocks together, at most: the article crosses a message boundary. */
export const MAX_REMOVED_HTML = 200 * 1024;
