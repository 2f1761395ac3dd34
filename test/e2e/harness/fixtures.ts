// Reads test/fixtures/<case>/{page.html, expected.json} through the one shared schema
// (src/fixture-format/expectations.ts), which the jsdom fixture runner and the bench read too. A case
// without a valid expected.json is an error, never a silent pass.
import * as shared from '../../../src/fixture-format/expectations';
import type { FixtureCase } from '../../../src/fixture-format/expectations';
import { FIXTURES_DIR } from './paths';

export type { Expected, ExpectedRelated } from '../../../src/fixture-format/expectations';
export type Fixture = FixtureCase;

/** Loads one fixture case; throws when page.html or expected.json is missing or invalid. */
export function loadFixture(name: string): Fixture {
  return shared.loadFixture(FIXTURES_DIR, name);
}

/** Every fixture case folder, sorted by name. */
export function listFixtureNames(): string[] {
  return shared.listFixtureNames(FIXTURES_DIR);
}

/** Every fixture, loaded. */
export function loadAllFixtures(): Fixture[] {
  return listFixtureNames().map(loadFixture);
}

/** Whether one click (no "Clean anyway") must show the fixture as an article: detected, or reads as one. */
export function clickShowsArticle(fixture: Fixture): boolean {
  return fixture.expected.isArticle || fixture.expected.readsAsArticle === true;
}

/**
 * Whether the 127.0.0.1 loop of `browser` opens the fixture at `index` (in name order), checks its
 * verdict and toolbar title and clicks it: Chromium the even ones and Firefox the odd ones, so every
 * fixture is checked at 127.0.0.1 in a real browser once (and in jsdom by the core tests); non-articles,
 * whose message differs by browser code path, in both. Clicking all 272 in both browsers took 12 of CI's
 * 30 minutes (session 34); a separate toolbar pass over every fixture in Chromium, about 150 s more,
 * was folded into this loop (session 36).
 */
export function clickedInBrowser(fixture: Fixture, index: number, browser: 'chromium' | 'firefox'): boolean {
  return index % 2 === (browser === 'chromium' ? 0 : 1) || !fixture.expected.isArticle;
}

/**
 * Whether the own-address loop of `browser` opens the fixture at `index` at its own address and checks
 * its verdict there: Chromium the odd ones (it clicked the even ones at 127.0.0.1), Firefox the even
 * ones, every non-article and the fixtures named in `always` (screenshots) in both. So every fixture's
 * verdict is checked at its own address in a real browser once, and in jsdom by the core tests. Both
 * browsers over every fixture took 221 s each of a 26-minute CI (session 35).
 */
export function visitedAtOwnAddress(fixture: Fixture, index: number, browser: 'chromium' | 'firefox', always: readonly string[] = []): boolean {
  return index % 2 === (browser === 'chromium' ? 1 : 0) || !fixture.expected.isArticle || always.includes(fixture.name);
}

/**
 * Of the fixtures a browser opens at their own address (`visitedAtOwnAddress`), those whose popup it
 * opens there too: every third by name (the popup's plumbing at a real host: its origin, its related
 * links), every non-article (the quiet note, or "not an article") and the fixtures named in `always`
 * (screenshots). The core tests read every fixture's extraction at its own address already.
 */
export function clickedAtOwnAddress(fixture: Fixture, index: number, always: readonly string[] = []): boolean {
  return index % 3 === 0 || !fixture.expected.isArticle || always.includes(fixture.name);
}
