// Small text helpers shared by the bench's printed tables.

export const f3 = (n: number): string => n.toFixed(3);
export const ms = (n: number): string => n.toFixed(1);
export const pad = (text: string | number, width: number): string => String(text).padStart(width);
export const label = (text: string, width = 24): string => text.padEnd(width);

/** "key n, key n" by count, largest first; "none" for an empty record. */
export function counts(record: Record<string, number>): string {
  return Object.entries(record).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([key, n]) => `${key} ${n}`).join(', ') || 'none';
}

/** " (a, b, c)" for a non-empty list of ids, capped at `max` with a count of the rest. */
export function idList(ids: readonly string[], max = 30): string {
  if (ids.length === 0) return '';
  const shown = ids.slice(0, max).join(', ');
  return ` (${shown}${ids.length > max ? `, … ${ids.length - max} more` : ''})`;
}
