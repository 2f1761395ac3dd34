// The per-site list: add a host (typed or pasted as a URL), tick its choices, remove it.
// Host names are user data: they reach the page only as textContent and attribute values.
import type { SiteChoices } from '../settings/schema';
import { DEFAULT_SITE_CHOICES, MAX_SITES, SITE_CHOICE_KEYS } from '../settings/schema';
import { normalizeHost } from '../settings/site-host';
import { hasRoomForSite } from '../settings/validate';
import type { MessageKey } from '../i18n/t';
import { t } from '../i18n/t';
import type { OptionsContext } from './context';
import { byId } from './context';

const CHOICE_LABELS: Record<keyof SiteChoices, MessageKey> = {
  alwaysHideClutter: 'siteAlwaysHideClutter',
  neverRun: 'siteNeverRun',
  autoOpenReader: 'siteAutoOpenReader',
};

export interface SiteList {
  render(sites: Record<string, SiteChoices>): void;
}

export function mountSiteList(ctx: OptionsContext): SiteList {
  const { doc } = ctx;
  const win = doc.defaultView;
  if (!win) throw new Error('The options page needs a window');
  const form = byId(doc, 'add-site', win.HTMLFormElement);
  const input = byId(doc, 'site-input', win.HTMLInputElement);
  const error = byId(doc, 'site-error', win.HTMLElement);
  const body = byId(doc, 'sites-body', win.HTMLTableSectionElement);
  const table = byId(doc, 'sites-table', win.HTMLTableElement);
  const empty = byId(doc, 'sites-empty', win.HTMLElement);

  const showError = (text: string): void => {
    error.textContent = text;
    input.setAttribute('aria-invalid', text ? 'true' : 'false');
  };

  const focusRow = (host: string): void => {
    const row = [...body.rows].find((r) => r.dataset['host'] === host);
    row?.querySelector('input')?.focus();
  };

  const row = (host: string, choices: SiteChoices): HTMLTableRowElement => {
    const tr = doc.createElement('tr');
    tr.dataset['host'] = host;
    const name = doc.createElement('th');
    name.scope = 'row';
    name.textContent = host;
    tr.append(name);
    for (const key of SITE_CHOICE_KEYS) {
      const cell = doc.createElement('td');
      const box = doc.createElement('input');
      box.type = 'checkbox';
      box.name = key;
      box.checked = choices[key];
      box.setAttribute('aria-label', t('optionsSiteChoiceLabel', [t(CHOICE_LABELS[key]), host]));
      box.addEventListener('change', () => {
        const current = ctx.current().sites[host] ?? { ...DEFAULT_SITE_CHOICES };
        void ctx.save({ sites: { [host]: { ...current, [key]: box.checked } } }).then(refresh);
      });
      cell.append(box);
      tr.append(cell);
    }
    const cell = doc.createElement('td');
    const remove = doc.createElement('button');
    remove.type = 'button';
    remove.textContent = t('optionsSiteRemove');
    remove.setAttribute('aria-label', t('optionsSiteRemoveLabel', host));
    remove.addEventListener('click', () => {
      // Keep keyboard focus in the list: on the next row's button, else the previous one, else the field.
      const next = tr.nextElementSibling ?? tr.previousElementSibling;
      const nextHost = next instanceof win.HTMLTableRowElement ? next.dataset['host'] : undefined;
      void ctx.save({ sites: { [host]: null } }).then(() => {
        refresh();
        const target = [...body.rows].find((r) => r.dataset['host'] === nextHost)?.querySelector('button');
        (target ?? input).focus();
      });
    });
    cell.append(remove);
    tr.append(cell);
    return tr;
  };

  const render = (sites: Record<string, SiteChoices>): void => {
    const hosts = Object.keys(sites).sort((a, b) => a.localeCompare(b));
    body.replaceChildren(...hosts.map((host) => row(host, sites[host] ?? { ...DEFAULT_SITE_CHOICES })));
    table.hidden = hosts.length === 0;
    empty.hidden = hosts.length > 0;
  };

  function refresh(): void {
    render(ctx.current().sites);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const raw = input.value;
    const host = normalizeHost(raw);
    if (host === null) {
      showError(t('optionsSiteInvalid', raw.trim().slice(0, 100)));
      return;
    }
    const sites = ctx.current().sites;
    if (Object.hasOwn(sites, host)) {
      showError('');
      input.value = '';
      focusRow(host);
      return;
    }
    if (!hasRoomForSite(sites, host)) {
      showError(t('optionsSiteTooMany', String(MAX_SITES)));
      return;
    }
    showError('');
    void ctx.save({ sites: { [host]: { ...DEFAULT_SITE_CHOICES } } }).then((saved) => {
      refresh();
      if (saved) {
        input.value = '';
        focusRow(host);
      }
    });
  });

  return { render };
}
