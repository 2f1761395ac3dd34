// One extractor's output against a fixture's expectations, by the fixture runner's own rules
// (src/fixture-format/expectations.ts): which `gone` strings it still shows, which `keep` strings it lost.
import { findLeaks, keepStatus } from '../fixture-format/expectations';
import type { Expected, ExtractionOutput } from '../fixture-format/expectations';

export interface LeakCheck {
  /** The `gone` strings found in the output (each once, whether in the text, the html or both). */
  leaked: string[];
  /** The `keep` strings missing from the output, or found out of order (the runner fails both). */
  missing: string[];
  keepRecall: number;
}

/** Compares one extraction (text one block per line, and html) with a fixture's expectations. */
export function checkOutput(output: ExtractionOutput, expected: Pick<Expected, 'gone' | 'keep'>): LeakCheck {
  const leaked = [...new Set(findLeaks(expected.gone, output).map((leak) => leak.gone))];
  const status = keepStatus(expected.keep, output.text);
  const missing = expected.keep.filter((_, i) => status[i] !== 'ok');
  const keepRecall = expected.keep.length ? (expected.keep.length - missing.length) / expected.keep.length : 1;
  return { leaked, missing, keepRecall };
}
