// What every part of the options page shares: the document, the settings as last saved, saving, and
// the status line. Saves run one after another so that quick clicks cannot overwrite each other.
import type { Settings } from '../settings/schema';
import type { SettingsArea, SettingsPatch } from '../settings/settings-store';
import { replaceSettings, saveSettings } from '../settings/settings-store';
import { t } from '../i18n/t';

export interface OptionsContext {
  readonly doc: Document;
  current(): Settings;
  /** Saves a change; resolves with the stored settings, or null after telling the user it failed. */
  save(patch: SettingsPatch): Promise<Settings | null>;
  /** Stores a whole settings object (an import). Rejects when storage fails. */
  replace(settings: Settings): Promise<void>;
  status(text: string): void;
  /** Re-renders every part from current(). */
  refresh(): void;
}

/** The element with `id`, checked to be of the expected class (a missing element is a bug in options.html). */
export function byId<T extends Element>(doc: Document, id: string, type: abstract new () => T): T {
  const element = doc.getElementById(id);
  if (!(element instanceof type)) throw new Error(`options.html lacks #${id} of the expected kind`);
  return element;
}

export function createContext(doc: Document, area: SettingsArea, initial: Settings, onChange: () => void): OptionsContext {
  let settings = initial;
  let queue: Promise<unknown> = Promise.resolve();
  const statusLine = doc.getElementById('status');
  const status = (text: string): void => {
    if (statusLine) statusLine.textContent = text;
  };
  const enqueue = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };
  return {
    doc,
    current: () => settings,
    status,
    refresh: onChange,
    save(patch) {
      return enqueue(async () => {
        try {
          settings = await saveSettings(area, patch);
          status(t('optionsSaved'));
          return settings;
        } catch (error) {
          status(t('optionsSaveFailed', error instanceof Error ? error.message : String(error)));
          onChange();
          return null;
        }
      });
    },
    replace(next) {
      return enqueue(async () => {
        await replaceSettings(area, next);
        settings = next;
        onChange();
      });
    },
  };
}
