// Saving a string as a file from an extension page: a blob URL and a temporary <a download>.
// No downloads permission needed; the URL is revoked once the browser has started the download.

/** Starts a download of `text` as `fileName`. */
export function downloadText(doc: Document, fileName: string, text: string, mimeType: string): void {
  const view = doc.defaultView;
  if (!view) throw new Error('downloadText needs a document with a window');
  const url = view.URL.createObjectURL(new view.Blob([text], { type: mimeType }));
  const anchor = doc.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.hidden = true;
  doc.body.append(anchor);
  try {
    anchor.click();
  } finally {
    anchor.remove();
    // Firefox reads the blob after click() returns: revoke a little later.
    view.setTimeout(() => view.URL.revokeObjectURL(url), 30_000);
  }
}
