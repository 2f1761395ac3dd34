// The kept blocks ("Always keep this on this site", chosen in the Removed list of the popup or the
// reader): one row per site and block, with the rule and match that would remove it, and a button
// that stops keeping it. Hosts and example texts are user data: textContent and attribute values only.
import type { KeptBlock } from '../settings/schema';
import { withoutKept } from '../settings/kept-blocks';
import { t } from '../i18n/t';
import type { OptionsContext } from './context';
import { byId } from './context';

export interface KeepList {
  render(keep: Record<string, KeptBlock[]>): void;
}

export function mountKeepList(ctx: OptionsContext): KeepList {
  const { doc } = ctx;
  const win = doc.defaultView;
  if (!win) throw new Error('The options page needs a window');
  const body = byId(doc, 'keep-body', win.HTMLTableSectionElement);
  const table = byId(doc, 'keep-table', win.HTMLTableElement);
  const empty = byId(doc, 'keep-empty', win.HTMLElement);

  const cell = (tag: 'td' | 'th', text: string, className?: string): HTMLTableCellElement => {
    const element = doc.createElement(tag);
    element.textContent = text;
    if (className) element.className = className;
    return element;
  };

  const row = (host: string, block: KeptBlock): HTMLTableRowElement => {
    const tr = doc.createElement('tr');
    tr.dataset['host'] = host;
    tr.dataset['rule'] = block.ruleId;
    tr.dataset['match'] = block.match;
    const name = cell('th', host);
    name.scope = 'row';
    const example = cell('td', block.example || '—', 'keep-example');
    example.dir = 'auto';
    const rule = cell('td', '', 'keep-rule');
    const match = doc.createElement('code');
    match.textContent = block.match;
    rule.append(`${block.ruleId} · `, match);
    const action = doc.createElement('td');
    const remove = doc.createElement('button');
    remove.type = 'button';
    remove.textContent = t('optionsSiteRemove');
    remove.setAttribute('aria-label', t('optionsKeepRemoveLabel', [block.example || block.match, host]));
    remove.addEventListener('click', () => {
      const next = tr.nextElementSibling ?? tr.previousElementSibling;
      const list = withoutKept(ctx.current().keep[host] ?? [], block.ruleId, block.match);
      void ctx.save({ keep: { [host]: list } }).then(() => {
        render(ctx.current().keep);
        // Keep keyboard focus in the list: on the row that took this one's place, else on the heading's section.
        const target = next instanceof win.HTMLTableRowElement ? rowFor(next.dataset['host'], next.dataset['rule'], next.dataset['match']) : null;
        target?.querySelector('button')?.focus();
      });
    });
    action.append(remove);
    tr.append(name, example, rule, action);
    return tr;
  };

  function rowFor(host?: string, rule?: string, match?: string): HTMLTableRowElement | undefined {
    return [...body.rows].find((r) => r.dataset['host'] === host && r.dataset['rule'] === rule && r.dataset['match'] === match);
  }

  function render(keep: Record<string, KeptBlock[]>): void {
    const hosts = Object.keys(keep).sort((a, b) => a.localeCompare(b));
    body.replaceChildren(...hosts.flatMap((host) => (keep[host] ?? []).map((block) => row(host, block))));
    table.hidden = body.rows.length === 0;
    empty.hidden = body.rows.length > 0;
  }

  return { render };
}
