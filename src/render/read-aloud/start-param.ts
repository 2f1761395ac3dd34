// "Continue in reader tab": the popup asks the background to open reader.html with ?readAloud=<n>,
// and the reader reads on from sentence n. One name and one parser for both ends.

export const READ_ALOUD_PARAM = 'readAloud';

/** The query part that starts reading at sentence `index` ('' for none). */
export function readAloudQuery(index: number | undefined): string {
  if (index === undefined || !Number.isFinite(index)) return '';
  return `&${READ_ALOUD_PARAM}=${Math.max(0, Math.floor(index))}`;
}

/** The sentence to start at, from a reader URL's parameters, or null (absent or not a whole number ≥ 0). */
export function readAloudStart(params: URLSearchParams): number | null {
  const raw = params.get(READ_ALOUD_PARAM);
  if (raw === null || !/^\d{1,7}$/.test(raw)) return null;
  return Number(raw);
}
