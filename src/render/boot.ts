// The popup's and the reader's first script (boot.js, loaded before their stylesheets and their own
// bundle): finds the tab and starts reading its article at once, then leaves the read for the page's
// script (src/render/first-read.ts), which takes it over once it has loaded. The tab works while this
// page loads its renderer, so the click waits for the larger of the two, not their sum (issue 11,
// click to article). It carries only what the read needs: the extension API, the settings store, read-tab.
import browser from 'webextension-polyfill';
import { handOver, startRead } from './first-read';
import { pageEnv } from './page-env';

handOver(startRead(location.search, pageEnv(browser)));
