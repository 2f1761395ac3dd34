// Drives the popup and the reader page: find the tab, ask the background for its article, show
// one of the states (body[data-state] = loading | article | not-article | site-off | restricted |
// error) and wire the buttons, the reading toolbar and the exports (each a panel behind a button
// of the one-row bar), the site choices, read aloud (src/render/read-aloud/) and the keys.
// Page data is handed to render-article.ts and never touched here.
import type { Article } from '../core/types';
import { t } from '../i18n/t';
import { localizeDom, setDocumentLanguage } from '../i18n/localize-dom';
import { ERROR_KEYS } from '../i18n/ui-keys';
import { sendMessage } from '../messages';
import type { ArticleView, ClutterState, Envelope, MessageName, Reply, ReplyError, RequestOf, ResponseOf } from '../messages';
import type { Settings } from '../settings/schema';
import type { SettingsArea } from '../settings/settings-store';
import { mountDisclosure } from './disclosure';
import { mountExportActions } from './export-actions';
import { mountShortcuts } from './keyboard-shortcuts';
import { mountReadingToolbar } from './reading-toolbar';
import { mountRemovedControls } from './removed-controls';
import { isWebUrl, renderArticle, renderMessage, renderVerdict } from './render-article';
import { mountSiteChoices } from './site-choices';
import { mountNotShown } from './not-shown-view';
import { button } from './page-elements';
import { highlightApiOf } from './read-aloud/highlight';
import { prefsStore } from './read-aloud/prefs';
import { mountReadAloud } from './read-aloud/read-aloud';
import { speechOf } from './read-aloud/speech-engine';
import { READ_ALOUD_PARAM, readAloudStart } from './read-aloud/start-param';
import { safeLang } from '../theme/apply-prefs';
import { markPhase } from './read-tab';
import { forcedBy, startRead } from './first-read';
import type { StartedRead } from './first-read';

export type PageMode = 'popup' | 'reader';
type PageState = 'loading' | 'article' | 'not-article' | 'site-off' | 'restricted' | 'error';

/** What the controller needs from the browser (webextension-polyfill in the pages, fakes in tests). */
export interface PageEnv {
  send(message: Envelope): Promise<unknown>;
  /**
   * Reads the tab's article from the tab itself (src/render/read-tab.ts); never rejects. `settings`: the
   * settings already being read (the site's choices come from them), else it reads them afresh.
   */
  readArticle(tabId: number, force: boolean, settings?: Promise<Settings>): Promise<Reply<ArticleView>>;
  activeTabId(): Promise<number | undefined>;
  /** storage.sync, where the reading settings live. */
  settings: SettingsArea;
  /** Calls `listener` when the settings change elsewhere (the options page, another reader). */
  watchSettings(listener: (settings: Settings) => void): void;
  openOptions(): Promise<void>;
  /** The keys of the browser command that opens the reader ('' when none is set). */
  commandShortcut(): Promise<string>;
  /** The browser's UI language ("de", "zh-CN"). */
  uiLanguage: string;
  /** storage.local, for choices that belong to this computer (the read-aloud voice); none: kept in memory. */
  local?: SettingsArea;
}

/**
 * Sets the page up and shows the tab's article. `started` is the read boot.js began
 * (src/render/boot.ts); without it the read starts here, first, so the tab works while the page sets itself up.
 */
export async function startPage(doc: Document, mode: PageMode, env: PageEnv, started?: StartedRead): Promise<void> {
  const win = doc.defaultView as Window & typeof globalThis;
  const { tabId: tabPromise, reply: firstRead, settings: settingsRead } = started ?? startRead(win.location.search, env);
  setDocumentLanguage(doc, env.uiLanguage);
  localizeDom(doc);
  const send = <N extends MessageName>(name: N, request: RequestOf<N>): Promise<Reply<ResponseOf<N>>> =>
    sendMessage((message) => env.send(message), name, request);
  const hideButton = button(doc, 'hide-clutter');
  const removedButton = button(doc, 'show-removed');
  const openButton = button(doc, 'open-reader');
  const cleanAnyway = button(doc, 'clean-anyway');
  const remember = doc.getElementById('remember-site') as HTMLInputElement | null;
  // "Remember for this site" is offered beside the count once the clutter is hidden: the bar stays one row.
  const rememberLabel = remember?.closest('label') ?? null;
  const removed = doc.getElementById('removed');
  const clutterStatus = doc.getElementById('clutter-status');
  const notDetectedNote = doc.getElementById('not-detected-note');
  const paywallNote = doc.getElementById('paywall-note');
  const nextPageNote = doc.getElementById('next-page-note');
  const nextPageLink = doc.getElementById('next-page-link');
  doc.documentElement.dataset['mode'] = mode;
  const params = new URLSearchParams(win.location.search);
  if (params.has('tab')) doc.documentElement.dataset['framing'] = 'tab';
  openButton.hidden = mode === 'reader';
  let clutter: ClutterState = { hidden: false, count: 0, remembered: false, host: '' };
  let forced = forcedBy(win.location.search);
  let article: Article | null = null;

  mountDisclosure(doc, 'toggle-reading');
  mountDisclosure(doc, 'toggle-export');
  const notShown = mountNotShown(doc);
  // The settings the first read took its site choices from: storage is read once for both.
  const toolbar = mountReadingToolbar(doc, env.settings, await settingsRead);
  const removedControls = mountRemovedControls(doc, { article: () => article, settings: env.settings, win });
  env.watchSettings((settings) => toolbar.show(settings));
  button(doc, 'open-options').addEventListener('click', () => void env.openOptions());
  const printHere = (): void => win.print();
  mountExportActions(doc, {
    article: () => article,
    settings: () => toolbar.settings(),
    // print.css (media="print") leaves only the article. The popup hands printing to a reader tab.
    print: () => (mode === 'reader' ? printHere() : openReader({ print: true })),
  });
  const printWhenShown = mode === 'reader' && params.get('print') === '1';
  const readAloud = mountReadAloud(doc, {
    mode,
    uiLanguage: env.uiLanguage,
    prefs: prefsStore(env.local),
    speech: () => speechOf(win),
    highlightApi: highlightApiOf(win),
    continueInReader: (index) => openReader({ readAloudFrom: index }),
  });
  const readAloudFrom = mode === 'reader' ? readAloudStart(params) : null;

  function setState(state: PageState, message = ''): void {
    if (state !== 'article') readAloud.forget();
    doc.body.dataset['state'] = state;
    renderMessage(doc, message);
  }

  /** The sentence for the error's kind, then the background's detail unless it says the same. */
  function showError(error: ReplyError): void {
    const general = t(ERROR_KEYS[error.kind]);
    const detail = error.message.trim();
    if (error.kind === 'restricted') setState('restricted', detail || general);
    else setState('error', detail && detail !== general ? `${general} ${detail}` : general);
  }

  /** The checkbox is the user's: it is only read from storage when the article first shows. */
  function showClutter(state: ClutterState, syncRemember: boolean): void {
    clutter = state;
    hideButton.textContent = state.hidden ? t('showClutter') : t('hideClutter');
    hideButton.setAttribute('aria-pressed', String(state.hidden));
    if (remember && syncRemember) remember.checked = state.remembered;
    if (clutterStatus) clutterStatus.textContent = state.hidden ? t('clutterHiddenCount', String(state.count)) : '';
    if (rememberLabel) rememberLabel.hidden = !state.hidden;
  }

  const resolved = await tabPromise;
  const tabId = resolved ?? -1;
  const siteChoices = mountSiteChoices(doc, {
    save: (choice, value) => send('setSiteChoice', { tabId, choice, value }),
    changed: (site, choice) => {
      siteChoices.show(site);
      if (remember) remember.checked = site.alwaysHideClutter;
      // Turning the site off or on again changes what this page may show: read it again.
      if (choice === 'neverRun') void load(false);
    },
    failed: (message) => renderMessage(doc, message),
  });
  siteChoices.show(null);

  function showView(view: ArticleView): void {
    siteChoices.show(view.site);
    article = null;
    if (view.status === 'site-off') {
      setState('site-off');
      return;
    }
    if (view.status === 'not-article') {
      renderVerdict(doc, view.verdict.signals);
      setState('not-article', t('stateNotArticle'));
      return;
    }
    article = view.article;
    // A plain click showed what the detector missed because it reads as an article: say so, quietly.
    if (notDetectedNote) notDetectedNote.hidden = forced || view.verdict.isArticle;
    // The article ends early by the site's doing (src/core/paywall.ts), not a paragraph lost: say so under it.
    if (paywallNote) paywallNote.hidden = view.article.endsAtPaywall !== true;
    // A story the site splits over pages: this is one, and the next is a link away (src/core/clean/story-pages.ts).
    const next = view.article.nextPage && isWebUrl(view.article.nextPage) ? view.article.nextPage : null;
    if (nextPageNote) nextPageNote.hidden = next === null;
    if (nextPageLink instanceof win.HTMLAnchorElement) nextPageLink.href = next ?? '';
    renderArticle(doc, view.article, win, env.uiLanguage);
    notShown.show(view.article);
    markPhase('shown');
    removedControls.show(view.site.host);
    readAloud.setArticle(safeLang(view.article.lang));
    removedButton.textContent = t('removedToggleCount', String(view.article.removed.length));
    showClutter(view.clutter, true);
    setState('article');
  }

  /** Reads the tab (or takes the read started when the page opened) and shows what came back. */
  async function load(force: boolean, started?: Promise<Reply<ArticleView> | null>): Promise<void> {
    forced = force;
    setState('loading', t('stateLoading'));
    const reply = (await started) ?? (await env.readArticle(tabId, force));
    if (reply.ok) showView(reply.value);
    else showError(reply.error);
  }

  async function setClutter(hidden: boolean, rememberSite: boolean): Promise<void> {
    hideButton.disabled = true;
    const reply = await send('setClutter', { tabId, hidden, remember: rememberSite });
    hideButton.disabled = false;
    if (reply.ok) showClutter(reply.value, false);
    else if (clutterStatus) clutterStatus.textContent = reply.error.message;
  }

  const inArticle = (): boolean => doc.body.dataset['state'] === 'article';
  const toggleClutter = (): void => {
    if (inArticle() && !hideButton.disabled) void setClutter(!clutter.hidden, remember?.checked ?? false);
  };
  function openReader(start: { print?: true; readAloudFrom?: number } = {}): void {
    void send('openReader', { tabId, force: forced, ...start }).then((reply) => {
      // A real popup closes by itself when the new tab takes focus; opened as a tab (?tab=) it stays.
      if (!reply.ok) showError(reply.error);
    });
  }

  hideButton.addEventListener('click', toggleClutter);
  // The box is shown while the clutter is hidden: (un)ticking it saves the choice at once. A tick left
  // from before the clutter was shown again applies to the next "Hide clutter".
  remember?.addEventListener('change', () => {
    if (clutter.hidden) void setClutter(true, remember.checked);
  });
  removedButton.addEventListener('click', () => {
    if (!removed) return;
    removed.hidden = !removed.hidden;
    removedButton.setAttribute('aria-expanded', String(!removed.hidden));
    if (!removed.hidden) removed.scrollIntoView({ block: 'nearest' });
  });
  openButton.addEventListener('click', () => openReader());
  cleanAnyway.addEventListener('click', () => void load(true));

  const whenArticle = (action: () => void) => () => inArticle() && action();
  const readAloudKeys = {
    readAloud: whenArticle(() => readAloud.toggle()),
    stopReading: whenArticle(() => readAloud.stop()),
    nextSentence: whenArticle(() => readAloud.next()),
    previousSentence: whenArticle(() => readAloud.previous()),
    slower: whenArticle(() => readAloud.slower()),
    faster: whenArticle(() => readAloud.faster()),
  };
  mountShortcuts(
    doc,
    {
      larger: () => toolbar.stepFontSize(1),
      smaller: () => toolbar.stepFontSize(-1),
      theme: () => toolbar.cycleTheme(),
      clutter: toggleClutter,
      ...(mode === 'popup' ? { reader: () => inArticle() && openReader() } : {}),
      ...readAloudKeys,
    },
    env.commandShortcut(),
  );

  if (resolved === undefined) {
    setState('error', t('errorNoTab'));
    return;
  }
  await load(forced, firstRead);
  if (printWhenShown && inArticle()) {
    // Once: reloading the reader later must not bring the print dialog back.
    params.delete('print');
    win.history.replaceState(null, '', `${win.location.pathname}?${params.toString()}`);
    printHere();
  }
  if (readAloudFrom !== null && inArticle()) {
    // Once, like printing: a reload must not start reading again.
    params.delete(READ_ALOUD_PARAM);
    win.history.replaceState(null, '', `${win.location.pathname}?${params.toString()}`);
    readAloud.startAt(readAloudFrom);
  }
}
