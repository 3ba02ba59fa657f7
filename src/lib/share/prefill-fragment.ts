/**
 * Recognising a pre-filled or sealed link, apart from the decoder: every worksheet page
 * checks its address, but only a page opened from a link loads `prefill-link.ts` to read it.
 */

export const PREFILL_KEY = 'prefill';

/** The fragment without `#`; some mail and chat tools percent-encode the `=`, which is undone here. */
export function stripHash(fragment: string): string {
  const bare = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (!bare.includes('%')) return bare;
  try {
    return decodeURIComponent(bare);
  } catch {
    return bare;
  }
}

/** True when an address fragment (with or without `#`) claims to be a pre-filled link. */
export function isPrefillFragment(fragment: string): boolean {
  return stripHash(fragment).startsWith(`${PREFILL_KEY}=`);
}

/** An encrypted worksheet link (`sealed-link.ts`), opened on `/worksheets/open/`. */
export const SEALED_KEY = 'sealed';

/** True when an address fragment (with or without `#`) claims to be an encrypted link. */
export function isSealedFragment(fragment: string): boolean {
  return stripHash(fragment).startsWith(`${SEALED_KEY}=`);
}

/**
 * From this length of a whole link the builders warn: some chat tools, mail clients and
 * intranet editors cut or break links over about 2,000 characters (the old browser limit they
 * assume). Here, beside the fragment's name, so a builder can show the warning without loading
 * the link codec.
 */
export const LONG_LINK_WARNING = 2_000;
