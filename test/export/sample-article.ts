// One article with everything an export must carry, and one with hostile strings in every field.
import type { Article } from '../../src/core/types';

export function sampleArticle(): Article {
  return {
    url: 'https://news.example.com/2026/11/storm-coast?id=7',
    title: 'Storm hits the coast',
    byline: 'By Ana Lima',
    siteName: 'Example News',
    publishedTime: '2026-11-25T08:00:00Z',
    lang: 'en',
    dir: 'ltr',
    excerpt: 'A storm hit the coast.',
    html: '<p>The storm arrived at <strong>dawn</strong>.</p><h2>Damage</h2><p>Roads were <a href="https://news.example.com/roads">closed</a>.</p><ul><li>Ferries stopped</li><li>Schools shut</li></ul><figure><img src="https://img.example.com/storm.jpg" alt="Waves"><figcaption>Waves at noon</figcaption></figure>',
    text: 'The storm arrived at dawn.\nDamage\nRoads were closed.\nFerries stopped\nSchools shut\nWaves at noon',
    wordCount: 17,
    readingMinutes: 1,
    related: [
      { url: 'https://other.example.org/flood', title: 'Flood warnings extended', source: 'Other Paper', time: '2 hours ago', summary: 'Rivers keep rising.' },
      { url: 'https://news.example.com/wind', title: 'Wind records broken' },
    ],
    removed: [{ category: 'ad', ruleId: 'ad-label', match: 'label "advertisement"', reason: 'ad label', text: 'Advertisement' }],
    extractor: 'readability',
  };
}

export const HOSTILE = '</title><script>alert(1)</script><img src=x onerror=alert(2)>"\'&';

export function hostileArticle(): Article {
  return {
    ...sampleArticle(),
    url: 'javascript:alert(3)',
    title: HOSTILE,
    byline: HOSTILE,
    siteName: '<style>body{display:none}</style>',
    publishedTime: '" onmouseover="alert(4)',
    lang: '"><script>alert(5)</script>',
    related: [
      { url: 'javascript:alert(6)', title: HOSTILE, source: HOSTILE, time: HOSTILE, summary: HOSTILE },
      { url: 'https://ok.example/"><script>alert(7)</script>', title: '[x](javascript:alert(8))', summary: '</li></ul><script>alert(9)</script>' },
    ],
  };
}
