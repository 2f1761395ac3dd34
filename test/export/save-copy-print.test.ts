import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { copyText } from '../../src/export/clipboard';
import { downloadText } from '../../src/export/download';

describe('downloadText', () => {
  it('clicks a temporary <a download> on a blob URL and revokes it later', async () => {
    const { window } = new JSDOM('<body></body>', { url: 'https://ext.test/reader.html' });
    const created: Blob[] = [];
    const revoked: string[] = [];
    window.URL.createObjectURL = (blob: Blob) => {
      created.push(blob);
      return 'blob:https://ext.test/1';
    };
    window.URL.revokeObjectURL = (url: string) => void revoked.push(url);
    const clicks: { href: string; download: string }[] = [];
    window.HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicks.push({ href: this.href, download: this.download });
    };
    vi.useFakeTimers();
    try {
      downloadText(window.document, 'Storm.html', '<!DOCTYPE html>', 'text/html');
      expect(clicks).toEqual([{ href: 'blob:https://ext.test/1', download: 'Storm.html' }]);
      expect(await created[0]?.text()).toBe('<!DOCTYPE html>');
      expect(created[0]?.type).toBe('text/html');
      expect(window.document.querySelectorAll('a')).toHaveLength(0);
      expect(revoked).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('copyText', () => {
  it('resolves true when the clipboard accepts, false when it refuses or is missing', async () => {
    const written: string[] = [];
    expect(await copyText('a', { writeText: async (text) => void written.push(text) })).toBe(true);
    expect(written).toEqual(['a']);
    expect(await copyText('b', { writeText: () => Promise.reject(new Error('NotAllowedError')) })).toBe(false);
    expect(await copyText('c', undefined)).toBe(false);
  });
});

describe('print.css', () => {
  const css = readFileSync(join(import.meta.dirname, '../../src/export/print.css'), 'utf8');

  it('hides the extension controls', () => {
    const hide = /([^{}]*)\{\s*display: none !important;/.exec(css)?.[1] ?? '';
    for (const selector of ['[data-tr-control]', '.tr-controls', 'button', 'nav', 'dialog', '[role="toolbar"]']) expect(hide).toContain(selector);
  });

  it('prints black on white and shows link URLs', () => {
    expect(css).toMatch(/color: #000 !important/);
    expect(css).toMatch(/background: #fff !important/);
    expect(css).toContain('content: " (" attr(href) ")"');
  });
});
