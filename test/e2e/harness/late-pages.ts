// What the late-page scenarios (issue 9 item 4) expect, for the Chromium and the Firefox suites alike:
// the suite's own pages in test/e2e/pages/, served at the paths of their canonical addresses
// (fixture-server.ts), and the text each state of them must show.

export const LATE_PAGES = {
  /** Its story arrives one second after the load event. */
  late: {
    path: '/news/2026/11/30/harbour-ferry-back-in-service-after-dry-dock',
    title: 'Harbour ferry back in service after six weeks in dry dock',
    keep: 'The harbour ferry returned to service on Monday morning after six weeks in dry dock',
  },
  /** A single-page news site: pushState moves between stories and to a front page. */
  spa: {
    path: '/news/council-backs-new-cycle-bridge',
    first: { title: 'Council backs the new cycle bridge', keep: 'The council voted on Tuesday to build a cycle and foot bridge' },
    second: {
      link: 'a[data-route="school-meals-go-local"]',
      path: '/news/school-meals-go-local-from-january',
      title: 'School meals go local from January',
      keep: 'Every primary school in the district will serve meals cooked from food grown or raised within forty miles',
    },
    front: { link: 'a[data-route="front"]', path: '/' },
  },
  /** The whole story inside a custom element's open shadow root, rendered by script. */
  shadow: {
    path: '/news/night-trains-return-to-the-northern-line',
    title: 'Night trains return to the northern line',
    keep: 'Sleeper trains return to the northern line from the timetable change in May',
    byline: 'Ewan Grant',
  },
  /** All there at once, but two of its requests never get an answer: its load event never comes. */
  neverLoads: {
    path: '/news/2026/12/01/lighthouse-keepers-cottage-reopens-as-a-museum',
    title: "Lighthouse keeper's cottage reopens as a museum",
    keep: 'The keeper\'s cottage at the foot of the north lighthouse opened its doors as a museum on Saturday',
  },
} as const;

/** What the background remembers for a tab, as the getTabState message answers. */
export interface LateTabState {
  url: string;
  isArticle: boolean;
  signals: Array<{ name: string; detail?: string }>;
}

/** A verdict that counted long paragraphs (a shell without any gets no such signal: its weight is 0). */
const sawStory = (s: LateTabState): boolean => s.signals.some((signal) => signal.name === 'paragraph-score');

/** Polls `read` every 100 ms until `done` holds for what it returned; fails after `timeout` ms with the last value. */
export async function pollFor<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string, timeout = 15_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value)} after ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A page tab as a scenario drives it, in either browser. */
export interface LateTab {
  tabId: number;
  click(selector: string): Promise<void>;
  screenshot(file: string): Promise<void>;
  /** The page's document.readyState. */
  readyState(): Promise<string>;
  close(): Promise<void>;
}

/** What a browser suite gives the scenarios. */
export interface LateDriver {
  /** 'chromium' or 'firefox': the prefix of the screenshots. */
  name: string;
  /** The local server's URL for a path. */
  at(path: string): string;
  /** Opens `url` in a new tab and waits for its load event, or only for its DOM with `until` 'domcontentloaded'. */
  open(url: string, until?: 'load' | 'domcontentloaded'): Promise<LateTab>;
  /** The background's remembered verdict for a tab. */
  stateOf(tabId: number): Promise<LateTabState | null>;
  toolbar(tabId: number): Promise<{ title: string; badge: string }>;
  /** Opens the popup for a tab, screenshots it to `file` and reads what it shows. */
  popup(tabId: number, file: string): Promise<{ state: string; title: string; text: string }>;
}

/** The toolbar's title for a tab the background judged an article, and for one it judged not. */
export interface Titles {
  article: string;
  other: string;
}

type Toolbar = { title: string; badge: string };
type Popup = { state: string; title: string; text: string };

/** The toolbar (title, badge) once the background's verdict for `url` says `article` (or not). */
async function toolbarFor(driver: LateDriver, tabId: number, url: string, article: boolean, titles: Titles): Promise<Toolbar> {
  // An article verdict must come from the story, not from the URL and metadata of an empty shell.
  const judged = (s: LateTabState | null): boolean => s?.url === url && s.isArticle === article && (!article || sawStory(s));
  await pollFor(() => driver.stateOf(tabId), judged, `verdict for ${url}`);
  const title = article ? titles.article : titles.other;
  return pollFor(() => driver.toolbar(tabId), (t) => t.title === title, `title for ${url}`, 5_000);
}

/** The late page: the toolbar once the story came, and the popup. */
export async function lateArticleScenario(driver: LateDriver, titles: Titles): Promise<{ toolbar: Toolbar; popup: Popup }> {
  const url = driver.at(LATE_PAGES.late.path);
  const tab = await driver.open(url);
  try {
    const toolbar = await toolbarFor(driver, tab.tabId, url, true, titles);
    await tab.screenshot(`${driver.name}-late-article-page.png`);
    return { toolbar, popup: await driver.popup(tab.tabId, `${driver.name}-late-article-popup.png`) };
  } finally {
    await tab.close();
  }
}

/** The single-page site: the toolbar on the first story, after a pushState move to the second (and its popup), and on the front page. */
export async function spaScenario(driver: LateDriver, titles: Titles): Promise<{ toolbars: Toolbar[]; popup: Popup }> {
  const c = LATE_PAGES.spa;
  const url = driver.at(c.path);
  const tab = await driver.open(url);
  try {
    const toolbars = [await toolbarFor(driver, tab.tabId, url, true, titles)];
    await tab.click(c.second.link);
    toolbars.push(await toolbarFor(driver, tab.tabId, driver.at(c.second.path), true, titles));
    await tab.screenshot(`${driver.name}-spa-second-story-page.png`);
    const popup = await driver.popup(tab.tabId, `${driver.name}-spa-second-story-popup.png`);
    await tab.click(c.front.link);
    toolbars.push(await toolbarFor(driver, tab.tabId, driver.at(c.front.path), false, titles));
    return { toolbars, popup };
  } finally {
    await tab.close();
  }
}

/** The shadow-root page: the toolbar and the popup. */
export async function shadowScenario(driver: LateDriver, titles: Titles): Promise<{ toolbar: Toolbar; popup: Popup }> {
  const url = driver.at(LATE_PAGES.shadow.path);
  const tab = await driver.open(url);
  try {
    const toolbar = await toolbarFor(driver, tab.tabId, url, true, titles);
    await tab.screenshot(`${driver.name}-shadow-article-page.png`);
    return { toolbar, popup: await driver.popup(tab.tabId, `${driver.name}-shadow-article-popup.png`) };
  } finally {
    await tab.close();
  }
}

/** The page that never finishes loading: the toolbar and one click, neither waiting for a load event that never comes. */
export async function neverLoadsScenario(driver: LateDriver, titles: Titles): Promise<{ toolbar: Toolbar; popup: Popup; readyState: string }> {
  const url = driver.at(LATE_PAGES.neverLoads.path);
  const tab = await driver.open(url, 'domcontentloaded');
  try {
    const toolbar = await toolbarFor(driver, tab.tabId, url, true, titles);
    const popup = await driver.popup(tab.tabId, `${driver.name}-never-loading-popup.png`);
    // Still loading after all that: the verdict and the click did not wait for a load event.
    return { toolbar, popup, readyState: await tab.readyState() };
  } finally {
    await tab.close();
  }
}
