// Settings as a JSON file the user can keep, and back. Import trusts nothing in the file.
import type { Settings } from './schema';
import { SETTINGS_VERSION } from './schema';
import type { SettingsIssue } from './validate';
import { isRecord } from '../guards';
import { validateSettingsObject } from './validate';

/** Marks our files so that importing some other JSON says so instead of resetting everything. */
export const EXPORT_FORMAT = 'tidy-reader-settings';

/** Far above any real export (400 sites is about 40 KB); refuses to parse anything bigger. */
export const MAX_IMPORT_BYTES = 256 * 1024;

export type ImportError = 'too-large' | 'not-json' | 'not-settings';

export type ImportResult =
  | { ok: true; settings: Settings; issues: SettingsIssue[] }
  | { ok: false; error: ImportError; message: string };

/** The settings as a pretty-printed JSON document. */
export function exportSettings(settings: Settings): string {
  const document = {
    format: EXPORT_FORMAT,
    version: SETTINGS_VERSION,
    settings: {
      reading: settings.reading,
      showImages: settings.showImages,
      relatedSummaries: settings.relatedSummaries,
      sites: Object.fromEntries(Object.entries(settings.sites).sort(([a], [b]) => a.localeCompare(b))),
    },
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/**
 * Reads an exported file. Each field is validated on its own (bad ones fall back to the default and are
 * listed in `issues`); a file that is not ours, not JSON or too big is refused as a whole.
 */
export function importSettings(json: unknown): ImportResult {
  if (typeof json !== 'string') return { ok: false, error: 'not-json', message: 'The file is not text.' };
  // String length counts UTF-16 units: at most 3 bytes each in UTF-8, so this bound is safe and cheap.
  if (json.length > MAX_IMPORT_BYTES) {
    return { ok: false, error: 'too-large', message: `The file is larger than ${MAX_IMPORT_BYTES / 1024} KB.` };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, error: 'not-json', message: error instanceof Error ? error.message : 'Not JSON.' };
  }
  if (!isRecord(parsed) || parsed['format'] !== EXPORT_FORMAT || !isRecord(parsed['settings'])) {
    return { ok: false, error: 'not-settings', message: 'This JSON file is not a Tidy Reader settings export.' };
  }
  const issues: SettingsIssue[] = [];
  if (parsed['version'] !== SETTINGS_VERSION) {
    issues.push({ field: 'version', reason: `unknown version ${JSON.stringify(parsed['version'])}` });
  }
  const settings = validateSettingsObject(parsed['settings'], issues);
  return { ok: true, settings, issues };
}
