// The export buttons of the popup and the reader: copy as Markdown or plain text, save as a
// standalone HTML file, print. The formats are src/export's; this file only wires the buttons.
import type { Article } from '../core/types';
import { copyText } from '../export/clipboard';
import { downloadText } from '../export/download';
import { fileNameFor } from '../export/file-name';
import { articleToMarkdown } from '../export/markdown';
import { articleToStandaloneHtml } from '../export/standalone-html';
import { articleToText } from '../export/text';
import { t } from '../i18n/t';
import type { Settings } from '../settings/schema';
import { button } from './page-elements';

export interface ExportSource {
  article(): Article | null;
  settings(): Settings;
  /** Prints the article: here (the reader tab), or in a reader tab opened for it (the popup). */
  print(): void;
}

/**
 * Where the clipboard is refused (an unfocused page, a browser policy), the text is put into a
 * visible, selected read-only field: the user copies it with the keyboard. The old execCommand
 * copy is tried on that selection first, since it still works in some of those cases.
 */
function showFallback(doc: Document, text: string): boolean {
  const box = doc.getElementById('copy-fallback');
  const field = doc.getElementById('copy-fallback-text') as HTMLTextAreaElement | null;
  if (!box || !field) return false;
  box.hidden = false;
  field.value = text;
  field.focus();
  field.select();
  try {
    return doc.execCommand('copy');
  } catch {
    return false;
  }
}

export function mountExportActions(doc: Document, source: ExportSource): void {
  const status = doc.getElementById('export-status');
  const say = (text: string): void => {
    if (status) status.textContent = text;
  };
  const fallbackBox = doc.getElementById('copy-fallback');

  async function copy(text: string): Promise<void> {
    if (fallbackBox) fallbackBox.hidden = true;
    if (await copyText(text)) {
      say(t('copied'));
      return;
    }
    say(showFallback(doc, text) ? t('copied') : t('copyFailed'));
  }

  const withArticle = (run: (article: Article) => void | Promise<void>) => (): void => {
    const article = source.article();
    if (article) void run(article);
  };

  button(doc, 'copy-markdown').addEventListener('click', withArticle((article) => copy(articleToMarkdown(article))));
  button(doc, 'copy-text').addEventListener('click', withArticle((article) => copy(articleToText(article, t('relatedHeading')))));
  button(doc, 'save-html').addEventListener(
    'click',
    withArticle((article) => {
      const settings = source.settings();
      const html = articleToStandaloneHtml(article, settings.reading, {
        showImages: settings.showImages,
        relatedSummaries: settings.relatedSummaries,
        relatedHeading: t('relatedHeading'),
        sourceLabel: t('sourceLabel'),
      });
      downloadText(doc, fileNameFor(article.title, 'html'), html, 'text/html;charset=utf-8');
      say('');
    }),
  );
  button(doc, 'print-article').addEventListener('click', () => source.print());
}
