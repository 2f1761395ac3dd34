// The per-site choices in the popup and reader footer ("Never run", "Open the reader tab
// automatically" for the page's site) and the "Turn on for this site" button of the site-off state.
// "Always hide clutter" is the "Remember for this site" box shown once the clutter is hidden.
import type { Reply, SiteChoiceName, SiteState } from '../messages';

export interface SiteChoicesView {
  /** Shows the choices of the page's site; null hides the group (no page, or a browser page). */
  show(site: SiteState | null): void;
}

export interface SiteChoicesDeps {
  save(choice: SiteChoiceName, value: boolean): Promise<Reply<SiteState>>;
  /** After a saved change, with what now applies. */
  changed(site: SiteState, choice: SiteChoiceName): void;
  failed(message: string): void;
}

const BOXES: { id: string; choice: SiteChoiceName }[] = [
  { id: 'site-never-run', choice: 'neverRun' },
  { id: 'site-auto-open', choice: 'autoOpenReader' },
];

export function mountSiteChoices(doc: Document, deps: SiteChoicesDeps): SiteChoicesView {
  const group = doc.getElementById('site-choices');
  const host = doc.getElementById('site-host');
  const enable = doc.getElementById('enable-site');
  const boxes = BOXES.flatMap(({ id, choice }) => {
    const input = doc.getElementById(id);
    return input?.tagName === 'INPUT' ? [{ input: input as HTMLInputElement, choice }] : [];
  });

  async function save(choice: SiteChoiceName, value: boolean): Promise<void> {
    for (const { input } of boxes) input.disabled = true;
    const reply = await deps.save(choice, value);
    for (const { input } of boxes) input.disabled = false;
    if (reply.ok) deps.changed(reply.value, choice);
    else deps.failed(reply.error.message);
  }

  for (const { input, choice } of boxes) input.addEventListener('change', () => void save(choice, input.checked));
  enable?.addEventListener('click', () => void save('neverRun', false));

  return {
    show(site) {
      if (group) group.hidden = site === null || site.host === '';
      if (!site) return;
      // The host comes from the tab's URL: text only.
      if (host) host.textContent = site.host;
      for (const { input, choice } of boxes) input.checked = site[choice];
    },
  };
}
