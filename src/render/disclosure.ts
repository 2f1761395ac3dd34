// The compact bar of the popup and the reader keeps its less used controls (the typography "Aa"
// panel, the export buttons) in panels behind disclosure buttons: a native button with
// aria-expanded and aria-controls shows or hides the panel right below the bar, so the article
// starts high in a 600 px popup. Escape in an open panel (or on its button) closes it and puts the
// focus back on the button.

import { button as pageButton } from './page-elements';

/** Wires the button #`buttonId` to the panel its aria-controls names; the panel starts as the HTML has it. */
export function mountDisclosure(doc: Document, buttonId: string): void {
  const button = pageButton(doc, buttonId);
  const target = doc.getElementById(button.getAttribute('aria-controls') ?? '');
  if (!target) throw new Error(`The page lacks the panel of the disclosure button #${buttonId}`);
  const panel: HTMLElement = target;

  function setOpen(open: boolean): void {
    panel.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
  }

  function closeOnEscape(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || panel.hidden) return;
    // The page's own Escape (closing the shortcut help) must not also move the focus away.
    event.preventDefault();
    event.stopPropagation();
    setOpen(false);
    button.focus();
  }

  setOpen(!panel.hidden);
  button.addEventListener('click', () => setOpen(panel.hidden));
  button.addEventListener('keydown', closeOnEscape);
  panel.addEventListener('keydown', closeOnEscape);
}
