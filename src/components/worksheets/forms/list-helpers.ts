/** A copy of `items` with the item at `index` replaced; at `items.length` it is appended (a list's ready-to-type first row). */
export function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  if (index === items.length) return [...items, item];
  return items.map((current, i) => (i === index ? item : current));
}

/** A copy of `items` without the item at `index`. */
export function withoutIndex<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, i) => i !== index);
}
