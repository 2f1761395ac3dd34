// Runs work on many items with a bounded number under way, handing the results over in item order.

/**
 * Starts `work` for the first `window` items, then one more each time the oldest result has been
 * taken: at most `window` results exist at once (running, or done and waiting for an earlier one),
 * however fast the work and however slow `take` (a pipe to a slow reader) is.
 */
export async function mapInOrder<T, R>(
  items: readonly T[],
  window: number,
  work: (item: T) => Promise<R>,
  take: (result: R, item: T, index: number) => Promise<void>,
): Promise<void> {
  const pending: Array<Promise<R> | undefined> = [];
  const start = (index: number): void => {
    const item = items[index];
    if (index < items.length && item !== undefined) pending[index] = work(item);
  };
  for (let index = 0; index < Math.max(1, window); index++) start(index);
  for (const [index, item] of items.entries()) {
    const result = await (pending[index] ?? work(item));
    pending[index] = undefined;
    await take(result, item, index);
    start(index + Math.max(1, window));
  }
}
