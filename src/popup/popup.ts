// Popup entry: the toolbar button's page. All the work is in src/render; boot.js has already begun reading the tab.
import browser from 'webextension-polyfill';
import { takeStartedRead } from '../render/first-read';
import { startPage } from '../render/page-controller';
import { pageEnv } from '../render/page-env';

void startPage(document, 'popup', pageEnv(browser), takeStartedRead());
