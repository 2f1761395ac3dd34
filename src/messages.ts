// The runtime messages between the content scripts, the extension pages and the background, in one
// table (MESSAGES below): the single source of their names, of the checks their requests get on arrival
// and of their types. Every reply is `{ok: true, value}` or `{ok: false, error}`: an exception never
// crosses a message boundary. This module imports no browser API (the detector content script sends
// with it through a minimal transport, inside its byte budget; the table itself is data, so the
// bundler leaves it out of the detector, which never dispatches).
//
// To add a message: (1) add an entry to MESSAGES, with a comment saying who sends it to whom, the
// fields of its request as a FieldsSpec (src/guards.ts: 'string', 'tabId', 'boolean?', a list of
// allowed values, or a guard) and the type of its answer as `{} as Answer<T>`; (2) the compiler then
// asks for a handler of that name in src/background/handlers.ts, whose request type comes from the
// spec; (3) send it with sendMessage(transport, name, request). The dispatcher checks every request
// against its spec before a handler sees it: nothing else needs writing or keeping in step.
import type { PageMeasure } from './core/detect';
import type { Article, Verdict } from './core/types';
import { isRecord, isVerdict } from './guards';
import type { Guard } from './guards';
import type { Answer, MessageTable, RequestIn, ResponseIn } from './message-spec';
import { isMessageName, isRequestFor } from './message-spec';
import type { SiteChoices } from './settings/schema';
import { SITE_CHOICE_KEYS } from './settings/schema';

/** What the background remembers about one tab (in storage.session). */
export interface TabState {
  isArticle: boolean;
  score: number;
  url: string;
  signals: Verdict['signals'];
  /** True once the reader tab was opened automatically for this URL ("open the reader on this site"). */
  autoOpened?: boolean;
}

/** Why something could not be done, in words the popup can show. */
export type ErrorKind =
  | 'restricted'
  | 'empty'
  | 'too-large'
  | 'failed'
  | 'no-tab'
  | 'bad-request'
  | 'internal';

export interface ReplyError {
  kind: ErrorKind;
  message: string;
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: ReplyError };

/** The state of "Hide clutter" in one tab. */
export interface ClutterState {
  hidden: boolean;
  /** How many page elements are hidden right now. */
  count: number;
  /** Whether clutter is hidden automatically on this site. */
  remembered: boolean;
  host: string;
}

/** One of the per-site choices of the settings (src/settings/schema.ts). */
export type SiteChoiceName = keyof SiteChoices;

/** The per-site choices that apply to a tab's page; host '' for pages without one. */
export interface SiteState extends SiteChoices {
  host: string;
}

export type ArticleView =
  | { status: 'article'; article: Article; verdict: Verdict; clutter: ClutterState; site: SiteState }
  | { status: 'not-article'; verdict: Verdict; url: string; site: SiteState }
  /** The user chose "never run on this site": nothing was read from the page. */
  | { status: 'site-off'; url: string; site: SiteState };

const isOptionalString = (x: unknown): boolean => x === undefined || typeof x === 'string';

const isStrings = (x: unknown): boolean => Array.isArray(x) && x.every((t: unknown) => typeof t === 'string');
const isPair = (x: unknown, first: (v: unknown) => boolean, second: (v: unknown) => boolean): boolean =>
  Array.isArray(x) && x.length === 2 && first(x[0]) && second(x[1]);
const isString = (v: unknown): boolean => typeof v === 'string';

/** A detector measure as it arrives: the page's facts (core/detect-facts.ts) in their shape, or the failure that stopped it. */
const isPageMeasure: Guard<PageMeasure> = (x): x is PageMeasure => {
  if (!isRecord(x)) return false;
  if (isRecord(x.failure)) return typeof x.failure.name === 'string' && typeof x.failure.weight === 'number' && isOptionalString(x.failure.detail);
  const { counts, paragraphs, metas, headline } = x;
  return (
    isRecord(counts) &&
    Object.values(counts).every((n) => Number.isFinite(n)) &&
    Array.isArray(paragraphs) &&
    paragraphs.every((p: unknown) => isPair(p, Number.isFinite, Number.isFinite)) &&
    isStrings(x.buttons) &&
    isStrings(x.jsonLd) &&
    isStrings(x.itemTypes) &&
    Array.isArray(metas) &&
    metas.every((m: unknown) => isPair(m, isString, (v) => v === null || isString(v))) &&
    (x.canonical === null || isString(x.canonical)) &&
    // The text next to the headline, read by judgePage's headline features.
    (headline === undefined ||
      (isRecord(headline) && isStrings(headline.nearby) && typeof headline.bylineNear === 'boolean' && typeof headline.timeNear === 'boolean'))
  );
};

export const MESSAGES = {
  /**
   * Detector content script → background: the facts the detector read on the page in the sender's
   * tab; the background computes the features and judges them (core/detect.ts judgePage).
   */
  reportVerdict: { request: { url: 'string', measure: isPageMeasure }, response: {} as Answer<null> },
  /** Anyone → background: the remembered detector state of a tab, null before the detector reported. */
  getTabState: { request: { tabId: 'tabId' }, response: {} as Answer<TabState | null> },
  /**
   * Popup / reader → background: the verdict the cleaner reached on a tab's page, for a tab the detector
   * has not judged (its site was just turned on again, or the page was open before the extension), so
   * the toolbar catches up. The popup reads the article from the tab itself (src/render/read-tab.ts).
   */
  noteVerdict: { request: { tabId: 'tabId', url: 'string', verdict: isVerdict }, response: {} as Answer<null> },
  /** Popup / reader → background: hide or restore the clutter in the tab, optionally for the whole site. */
  setClutter: { request: { tabId: 'tabId', hidden: 'boolean', remember: 'boolean' }, response: {} as Answer<ClutterState> },
  /**
   * Popup → background: open the reader page for a tab (force: clean it even when it is no article;
   * print: open the print dialog there, since a popup is too small and too short-lived to print from;
   * readAloudFrom: read aloud there from that sentence, as the popup stops speaking when it closes).
   */
  openReader: {
    request: { tabId: 'tabId', force: 'boolean?', print: 'boolean?', readAloudFrom: 'number?' },
    response: {} as Answer<{ readerTabId: number }>,
  },
  /** Popup / reader → background: change one per-site choice for the site of a tab. */
  setSiteChoice: { request: { tabId: 'tabId', choice: SITE_CHOICE_KEYS, value: 'boolean' }, response: {} as Answer<SiteState> },
} as const satisfies MessageTable;

export type MessageName = keyof typeof MESSAGES;
export type RequestOf<N extends MessageName> = RequestIn<typeof MESSAGES, N>;
export type ResponseOf<N extends MessageName> = ResponseIn<typeof MESSAGES, N>;

/** The wire format; `channel` keeps foreign messages (other extensions' scripts) out. */
export interface Envelope<N extends MessageName = MessageName> {
  channel: 'tidy-reader';
  name: N;
  request: RequestOf<N>;
}

/** Who sent a message, reduced to what the handlers need. */
export interface SenderInfo {
  tabId?: number;
  frameId?: number;
}

export type Handlers = {
  [N in MessageName]: (request: RequestOf<N>, sender: SenderInfo) => Promise<ResponseOf<N>>;
};

/** A failure that a handler throws on purpose; its kind reaches the caller. */
export class ReplyFailure extends Error {
  // Declared, not a parameter property: the class then carries no field initialiser in the detector's bundle.
  declare readonly kind: ErrorKind;

  constructor(kind: ErrorKind, message: string) {
    super(message);
    this.kind = kind;
  }
}

export function makeEnvelope<N extends MessageName>(name: N, request: RequestOf<N>): Envelope<N> {
  return { channel: 'tidy-reader', name, request };
}

function errorReply(kind: ErrorKind, message: string): { ok: false; error: ReplyError } {
  return { ok: false, error: { kind, message } };
}

/** Turns whatever a handler threw into a reply error. */
export function toReplyError(error: unknown): ReplyError {
  if (error instanceof ReplyFailure) return { kind: error.kind, message: error.message };
  return { kind: 'internal', message: error instanceof Error ? error.message : String(error) };
}

/**
 * Routes one incoming message to its handler. Returns undefined for messages that are not ours
 * (so the browser treats them as unanswered) and otherwise a promise that never rejects.
 */
export function dispatchMessage(
  handlers: Handlers,
  message: unknown,
  sender: SenderInfo,
): Promise<Reply<unknown>> | undefined {
  if (!isRecord(message) || message.channel !== 'tidy-reader') return undefined;
  const { name, request } = message;
  if (!isMessageName(MESSAGES, name)) return Promise.resolve(errorReply('bad-request', `Unknown message: ${String(name)}`));
  if (!isRequestFor(MESSAGES, name, request)) {
    return Promise.resolve(errorReply('bad-request', `Malformed request for ${name}`));
  }
  // isRequestFor checked the fields that RequestOf<typeof name> promises.
  const handler = handlers[name] as (request: unknown, sender: SenderInfo) => Promise<unknown>;
  return (async () => {
    try {
      return { ok: true as const, value: await handler(request, sender) };
    } catch (error) {
      return { ok: false as const, error: toReplyError(error) };
    }
  })();
}

function isReply(x: unknown): x is Reply<unknown> {
  if (!isRecord(x)) return false;
  if (x.ok === true) return 'value' in x;
  return x.ok === false && isRecord(x.error) && typeof x.error.kind === 'string';
}

/** Sends one message through `transport` (runtime.sendMessage) and always resolves to a Reply. */
export async function sendMessage<N extends MessageName>(
  transport: (message: Envelope<N>) => Promise<unknown>,
  name: N,
  request: RequestOf<N>,
): Promise<Reply<ResponseOf<N>>> {
  try {
    const reply = await transport(makeEnvelope(name, request));
    if (!isReply(reply)) return errorReply('internal', `No valid reply to ${name}`);
    // The background's handler for N produced this value.
    return reply as Reply<ResponseOf<N>>;
  } catch (error) {
    return { ok: false, error: toReplyError(error) };
  }
}
