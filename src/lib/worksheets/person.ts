/**
 * One rule for "the same person" across worksheets: "Lin ", "lin" and full-width "Ｌｉｎ"
 * are one person, so a stray space or a different input method does not split a history.
 */
export function personKey(name: string | undefined): string {
  return (name ?? '').normalize('NFKC').trim().toLocaleLowerCase();
}

export function isSamePerson(a: string | undefined, b: string | undefined): boolean {
  return personKey(a) === personKey(b);
}
