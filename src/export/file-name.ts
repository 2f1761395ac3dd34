// File names for saved articles and settings: readable, safe on every OS, never empty.

const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** A file name from a title: letters and digits of any script kept, the rest collapsed to "-". */
export function fileNameFor(title: string, extension: string, fallback = 'article'): string {
  const stem = title
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  const safeStem = stem && !RESERVED.test(stem) ? stem : fallback;
  return `${safeStem}.${extension.replace(/^\.+/, '')}`;
}
