// Entry point of options.html (bundled to options.js): the browser's storage, language and downloads.
import { useBrowserMessages } from '../i18n/browser-messages';
import { setDocumentLanguage } from '../i18n/localize-dom';
import { syncArea } from '../settings/browser-area';
import { downloadText } from '../export/download';
import { mountOptionsPage } from './options-page';

setDocumentLanguage(document, useBrowserMessages());
mountOptionsPage(document, {
  area: syncArea(),
  saveFile: (name, text, type) => downloadText(document, name, text, type),
}).catch((error: unknown) => {
  const status = document.getElementById('status');
  if (status) status.textContent = error instanceof Error ? error.message : String(error);
});
