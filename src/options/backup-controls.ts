// Export the settings as a JSON file; import one back (validated field by field before anything is stored).
import { exportSettings, importSettings } from '../settings/transfer';
import type { ImportError } from '../settings/transfer';
import type { MessageKey } from '../i18n/t';
import { t } from '../i18n/t';
import type { OptionsContext } from './context';
import { byId } from './context';

/** Saves a text file for the user (a blob URL download in the page; a spy in tests). */
export type SaveFile = (fileName: string, text: string, mimeType: string) => void;

const IMPORT_ERRORS: Record<ImportError, MessageKey> = {
  'too-large': 'optionsImportTooLarge',
  'not-json': 'optionsImportNotJson',
  'not-settings': 'optionsImportNotSettings',
};

/** "tidy-reader-settings-2026-11-26.json" */
export function settingsFileName(now: Date): string {
  return `tidy-reader-settings-${now.toISOString().slice(0, 10)}.json`;
}

export function mountBackupControls(ctx: OptionsContext, saveFile: SaveFile, now: () => Date): void {
  const { doc } = ctx;
  const win = doc.defaultView;
  if (!win) throw new Error('The options page needs a window');
  const exportButton = byId(doc, 'export-settings', win.HTMLButtonElement);
  const fileInput = byId(doc, 'import-file', win.HTMLInputElement);

  exportButton.addEventListener('click', () => {
    saveFile(settingsFileName(now()), exportSettings(ctx.current()), 'application/json');
  });

  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    void (async () => {
      let text: string;
      try {
        // Refuse before reading a huge file into memory; importSettings checks the text again.
        if (file.size > 1024 * 1024) {
          ctx.status(t('optionsImportTooLarge'));
          return;
        }
        text = await file.text();
      } catch {
        ctx.status(t('optionsImportReadFailed'));
        return;
      } finally {
        fileInput.value = '';
      }
      const result = importSettings(text);
      if (!result.ok) {
        ctx.status(t(IMPORT_ERRORS[result.error]));
        return;
      }
      try {
        await ctx.replace(result.settings);
      } catch (error) {
        ctx.status(t('optionsSaveFailed', error instanceof Error ? error.message : String(error)));
        return;
      }
      ctx.status(result.issues.length ? t('optionsImportedWithIssues', String(result.issues.length)) : t('optionsImported'));
    })();
  });
}
