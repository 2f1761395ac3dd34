// The one door through which the bench reaches the page loader it shares with the CLI: decoding a
// page's bytes as a browser would, parsing it with jsdom, and freeing the window. It lives in src/cli
// today; when it moves to a shared module (the cli-input branch, issue 8 item 5), only this file changes.
export { decodeHtml } from '../cli/decode-html';
export { closeWindow, loadDocument, nextTurn } from '../cli/load-document';
export type { LoadResult } from '../cli/load-document';
