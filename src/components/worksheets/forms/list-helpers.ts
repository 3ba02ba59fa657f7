/** A copy of `items` with the item at `index` replaced. */
export function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  return items.map((current, i) => (i === index ? item : current));
}

/** A copy of `items` without the item at `index`. */
export function withoutIndex<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, i) => i !== index);
}
