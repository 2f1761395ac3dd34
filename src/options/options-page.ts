// The options page, wired to a settings area. options.ts passes browser.storage.sync; tests pass a fake.
import type { SettingsArea } from '../settings/settings-store';
import { loadSettingsReport } from '../settings/settings-store';
import { localizeDom } from '../i18n/localize-dom';
import type { SaveFile } from './backup-controls';
import { mountBackupControls } from './backup-controls';
import { byId, createContext } from './context';
import { mountReadingControls } from './reading-controls';
import { mountSiteList } from './site-list';
import { mountKeepList } from './keep-list';

export interface OptionsDeps {
  area: SettingsArea;
  saveFile: SaveFile;
  now?: () => Date;
}

/** Localizes the page, loads the settings, renders them and wires every control. */
export async function mountOptionsPage(doc: Document, deps: OptionsDeps): Promise<void> {
  const win = doc.defaultView;
  if (!win) throw new Error('The options page needs a window');
  localizeDom(doc);
  const report = await loadSettingsReport(deps.area);
  byId(doc, 'load-issues', win.HTMLElement).hidden = report.issues.length === 0;

  const ctx = createContext(doc, deps.area, report.settings, () => render());
  const reading = mountReadingControls(ctx);
  const sites = mountSiteList(ctx);
  const kept = mountKeepList(ctx);
  const showImages = byId(doc, 'show-images', win.HTMLInputElement);
  const relatedSummaries = byId(doc, 'related-summaries', win.HTMLInputElement);
  mountBackupControls(ctx, deps.saveFile, deps.now ?? (() => new Date()));

  function render(): void {
    const settings = ctx.current();
    reading.render(settings.reading);
    sites.render(settings.sites);
    kept.render(settings.keep);
    showImages.checked = settings.showImages;
    relatedSummaries.checked = settings.relatedSummaries;
    doc.documentElement.dataset['images'] = settings.showImages ? 'shown' : 'hidden';
  }

  showImages.addEventListener('change', () => void ctx.save({ showImages: showImages.checked }).then(render));
  relatedSummaries.addEventListener('change', () => void ctx.save({ relatedSummaries: relatedSummaries.checked }).then(render));
  render();
}
