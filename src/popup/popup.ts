// Popup entry: the toolbar button's page. All the work is in src/render.
import browser from 'webextension-polyfill';
import { startPage } from '../render/page-controller';
import { pageEnv } from '../render/page-env';

void startPage(document, 'popup', pageEnv(browser));
