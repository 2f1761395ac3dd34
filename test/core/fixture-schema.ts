// The fixture folders in test/fixtures/<case>/{page.html, expected.json}, read through the one shared
// definition of the schema and of the keep/gone rules (src/fixture-format/expectations.ts), which the
// bench and the e2e harness use too. Validation is strict so that a typo in an expectation file fails
// loudly instead of silently checking nothing.
import { fileURLToPath } from 'node:url';
import * as shared from '../../src/fixture-format/expectations';
import type { FixtureCase } from '../../src/fixture-format/expectations';

export {
  collapse, EXPECTED_KEYS, findLeaks, isBlockString, keepStatus, missingImages, RELATED_KEYS, validateExpected,
} from '../../src/fixture-format/expectations';
export type { Expected, ExpectedRelated, FixtureCase } from '../../src/fixture-format/expectations';

export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** Every folder under test/fixtures (files such as README.md are skipped). */
export function listFixtureNames(): string[] {
  return shared.listFixtureNames(FIXTURES_DIR);
}

/** Reads one fixture folder; throws with a clear message when a file is missing or invalid. */
export function loadFixture(name: string): FixtureCase {
  return shared.loadFixture(FIXTURES_DIR, name);
}
