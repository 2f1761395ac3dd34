// Reader entry: the full-tab page (reader.html?tab=<id>), same renderer as the popup; boot.js has already begun reading the tab.
import browser from 'webextension-polyfill';
import { takeStartedRead } from '../render/first-read';
import { startPage } from '../render/page-controller';
import { pageEnv } from '../render/page-env';

void startPage(document, 'reader', pageEnv(browser), takeStartedRead());
