import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { declaredClaim, declaredRating, ratingLine, restoreClaim, restoreRating } from '../../src/core/clean/claim-review';

const REVIEW = {
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  claimReviewed: 'Ostrava County has banned residents from keeping backyard chickens.',
  reviewRating: { '@type': 'Rating', ratingValue: 2, bestRating: 6, alternateName: 'False' },
  itemReviewed: { '@type': 'Claim', author: { '@type': 'Organization', name: 'Viral Facebook posts' } },
};

function doc(head: string, body = '<div><p>The story.</p></div>'): Document {
  return new JSDOM(`<html><head>${head}</head><body>${body}</body></html>`).window.document;
}

const ld = (data: unknown): string => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

describe('a fact-check declared in ClaimReview', () => {
  it('reads the claim, who made it and the rating\'s name, in a @graph too', () => {
    expect(declaredClaim(doc(ld(REVIEW)))).toEqual({ claim: REVIEW.claimReviewed, claimant: 'Viral Facebook posts', rating: 'False' });
    const graph = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }, { ...REVIEW, itemReviewed: undefined, reviewRating: { name: 'Faux' } }] };
    expect(declaredClaim(doc(ld(graph)))).toEqual({ claim: REVIEW.claimReviewed, claimant: null, rating: 'Faux' });
  });

  it('gives nothing without a claim or a rating\'s name, or for another type', () => {
    expect(declaredClaim(doc(ld({ ...REVIEW, claimReviewed: '' })))).toBeNull();
    expect(declaredClaim(doc(ld({ ...REVIEW, reviewRating: { ratingValue: 2 } })))).toBeNull();
    expect(declaredClaim(doc(ld({ ...REVIEW, '@type': 'NewsArticle' })))).toBeNull();
    expect(declaredClaim(doc('<script type="application/ld+json">{ broken</script>'))).toBeNull();
  });

  it('puts the claim and the rating at the top of an article that lacks them, after a lead picture, labelled in the page language', () => {
    const page = doc('', '<div id="a"><div><figure><img src="https://x.example/a.jpg"></figure><p>The story.</p></div></div>');
    const article = page.getElementById('a');
    if (!article) throw new Error('no article');
    const claim = { claim: 'Le comté a interdit les poules.', claimant: 'Des publications Facebook', rating: 'Faux' };
    expect(restoreClaim(article, claim, 'fr-FR')).toBe(true);
    const lines = (el: Element): string => (el.children.length > 0 && el.localName === 'blockquote' ? Array.from(el.children).map(lines).join(' ') : (el.textContent ?? '').trim());
    const blocks = Array.from(article.firstElementChild?.children ?? []).map((el) => `${el.localName}: ${lines(el)}`);
    expect(blocks).toEqual([
      'figure: ',
      'blockquote: Affirmation: Le comté a interdit les poules. — Des publications Facebook',
      'p: Verdict: Faux',
      'p: The story.',
    ]);
  });

  it('leaves an article alone that shows the claim, or prints the rating on a short line near its top', () => {
    const claim = { claim: 'Ostrava County has banned residents from keeping backyard chickens.', claimant: null, rating: 'False' };
    for (const body of [
      '<div id="a"><p>“Ostrava County has banned residents from keeping backyard chickens.”</p><p>The story.</p></div>',
      '<div id="a"><p>Claim: chickens are banned.</p><p>Our rating: <strong>False</strong></p><p>The story.</p></div>',
    ]) {
      const article = doc('', body).getElementById('a');
      if (!article) throw new Error('no article');
      expect(restoreClaim(article, claim, 'en'), body).toBe(false);
    }
    // "false" inside a sentence is no rating line.
    const article = doc('', '<div id="a"><p>The post was flagged as part of efforts to combat false news.</p></div>').getElementById('a');
    if (!article) throw new Error('no article');
    expect(restoreClaim(article, claim, 'en')).toBe(true);
  });
});

describe("a review's rating declared in Review", () => {
  const FILM = { '@context': 'https://schema.org', '@type': 'Review', reviewRating: { '@type': 'Rating', ratingValue: 4, bestRating: 5 }, itemReviewed: { '@type': 'Movie', name: 'The Salt Orchard' } };

  it('reads the value out of its best (5 when not said), and not a product buyer\'s review', () => {
    expect(declaredRating(doc(ld(FILM)))).toEqual({ value: 4, best: 5 });
    expect(declaredRating(doc(ld({ ...FILM, reviewRating: { ratingValue: '3,5' } })))).toEqual({ value: 3.5, best: 5 });
    expect(declaredRating(doc(ld({ '@type': 'Product', review: [FILM] })))).toBeNull();
    expect(declaredRating(doc(ld(REVIEW)))).toBeNull();
    expect(declaredRating(doc(ld({ ...FILM, reviewRating: { ratingValue: 7, bestRating: 5 } })))).toBeNull();
  });

  it('writes stars and figures, figures alone out of more than ten', () => {
    expect(ratingLine({ value: 4, best: 5 })).toBe('★★★★☆ 4/5');
    expect(ratingLine({ value: 3.5, best: 5 })).toBe('★★★½☆ 3.5/5');
    expect(ratingLine({ value: 86, best: 100 })).toBe('86/100');
  });

  it('puts the line at the top unless the opening shows a rating', () => {
    const article = doc('', '<div><p>Some films announce their seriousness with a storm.</p></div>').body;
    expect(restoreRating(article, { value: 4, best: 5 }, 'en')).toBe(true);
    expect(article.textContent).toMatch(/^Rating: ★★★★☆ 4\/5Some films/);
    for (const shown of ['<p>★★★★☆</p>', '<p>Our verdict: 4 out of 5</p>', '<p>Rating: 4/5</p>']) {
      expect(restoreRating(doc('', `<div>${shown}<p>The review.</p></div>`).body, { value: 4, best: 5 }, 'en')).toBe(false);
    }
  });
});
