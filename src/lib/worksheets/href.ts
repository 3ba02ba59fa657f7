import { localizePath } from '../i18n/paths';
import type { Locale } from '../i18n/locales';
import type { WorksheetKind } from './kind-ids';

/**
 * The one place that builds (and reads) the address of a worksheet page or of the question
 * generator.
 *
 * The rule: **nothing the user typed goes into a URL's path or query**, because the path and
 * query reach server and proxy logs and, within the site, the `Referer` of every request the
 * page makes. Typed values (the person's name) go only into the fragment (`#person=…`),
 * which the browser never sends anywhere.
 *
 * Ids may go into the query (`?id=`, `?from=`): they are never typed. The app makes them
 * (`crypto.randomUUID`), and the envelope schema only accepts `[A-Za-z0-9_-]{1,100}`, so an
 * imported file cannot smuggle a sentence in either. An id that does not look like one is
 * left out of the address rather than escaped into it. Titles never travel in an address:
 * the receiving page reads the worksheet from storage by its id.
 */

/** A worksheet page, or the question generator (`/questions/`), which reads `from` too. */
export type WorksheetTarget = WorksheetKind | 'questions';

export interface WorksheetAddress {
  /** Open this stored worksheet. */
  id?: string;
  /** Start a new worksheet from this stored prep sheet. */
  from?: string;
  /** Start a new worksheet tagged with this person (typed text: fragment only). */
  person?: string;
}

/** The shape of a worksheet id (the envelope schema's rule, repeated here so this stays pure and tiny). */
const ID_PATTERN = /^[A-Za-z0-9_-]{1,100}$/;
/** The fragment key that carries the person; the legacy query key had the same name. */
export const PERSON_KEY = 'person';

export function isWorksheetIdLike(value: string): boolean {
  return ID_PATTERN.test(value);
}

/** The page's path without locale prefix: `/worksheets/<kind>/` or `/questions/`. */
export function worksheetTargetPath(target: WorksheetTarget): string {
  return target === 'questions' ? '/questions/' : `/worksheets/${target}/`;
}

/**
 * The address of a worksheet page in a language, e.g.
 * `worksheetHref('flash-retro', 'en', { person: 'Lin' })` → `/en/worksheets/flash-retro/#person=Lin`.
 */
export function worksheetHref(
  target: WorksheetTarget,
  locale: Locale,
  address: WorksheetAddress = {},
): string {
  const query = new URLSearchParams();
  if (address.id !== undefined && isWorksheetIdLike(address.id)) query.set('id', address.id);
  if (address.from !== undefined && isWorksheetIdLike(address.from)) query.set('from', address.from);
  const fragment = new URLSearchParams();
  const person = address.person?.trim() ?? '';
  if (person !== '') fragment.set(PERSON_KEY, person);
  const search = query.toString();
  const hash = fragment.toString();
  return `${localizePath(worksheetTargetPath(target), locale)}${search ? `?${search}` : ''}${hash ? `#${hash}` : ''}`;
}

export interface ReadAddress {
  id?: string;
  from?: string;
  /** From `#person=` or, for links made before the fragment rule, from `?person=`. */
  person?: string;
  /**
   * The same address without the person (query and fragment), as a path + query + fragment to
   * put back with `history.replaceState`; undefined when there was nothing to remove.
   */
  cleaned?: string;
}

/** Fragment parameters, unless the fragment is something else (a pre-filled link, a section anchor). */
function fragmentParams(hash: string): URLSearchParams | undefined {
  const bare = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!bare.startsWith(`${PERSON_KEY}=`) && !bare.includes(`&${PERSON_KEY}=`)) return undefined;
  return new URLSearchParams(bare);
}

/**
 * Reads a worksheet page's address (`window.location.href` in the browser). Old links in
 * e-mails carry `?person=`; they still work, and `cleaned` says how to take the name out of
 * the address bar once it has been read.
 */
export function readWorksheetAddress(href: string): ReadAddress {
  const url = new URL(href, 'http://localhost');
  const out: ReadAddress = {};
  const id = url.searchParams.get('id');
  if (id !== null && isWorksheetIdLike(id)) out.id = id;
  const from = url.searchParams.get('from');
  if (from !== null && isWorksheetIdLike(from)) out.from = from;

  const fragment = fragmentParams(url.hash);
  const legacy = url.searchParams.get(PERSON_KEY);
  const person = (fragment?.get(PERSON_KEY) ?? legacy ?? '').trim();
  if (person !== '') out.person = person;

  if (legacy !== null || fragment) {
    url.searchParams.delete(PERSON_KEY);
    fragment?.delete(PERSON_KEY);
    const search = url.searchParams.toString();
    const rest = fragment?.toString() ?? url.hash.replace(/^#/, '');
    out.cleaned = `${url.pathname}${search ? `?${search}` : ''}${rest ? `#${rest}` : ''}`;
  }
  return out;
}
