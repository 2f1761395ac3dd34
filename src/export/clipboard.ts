// "Copy as Markdown / text". Must run inside the click handler (clipboard writes need a user gesture).

/** Copies text; resolves false (never throws) when the browser refuses, so the UI can say so. */
export async function copyText(text: string, clipboard: Pick<Clipboard, 'writeText'> | undefined = globalThis.navigator?.clipboard): Promise<boolean> {
  if (!clipboard) return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
