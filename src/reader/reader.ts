// Reader entry: the full-tab page (reader.html?tab=<id>), same renderer as the popup.
import browser from 'webextension-polyfill';
import { startPage } from '../render/page-controller';
import { pageEnv } from '../render/page-env';

void startPage(document, 'reader', pageEnv(browser));
