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
