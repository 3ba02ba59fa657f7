import * as z from '../schema';
import { MAX_PERSON, type WorksheetDocLike } from '../worksheets/document';
import { isSamePerson, personKey } from '../worksheets/person';
import { isMine, type PeopleSettings } from './model';

/**
 * People, not strings: renaming a pseudonym, merging two spellings of one person, archiving
 * someone who left, and "me". Pure: storage (src/storage/people.ts) applies the results.
 */

export const peopleSettingsSchema = z.object({
  me: z.optional(z.string().check(z.maxLength(MAX_PERSON))),
  archived: z._default(z.array(z.string().check(z.maxLength(MAX_PERSON))).check(z.maxLength(500)), () => []),
});
export type StoredPeopleSettings = z.output<typeof peopleSettingsSchema>;

/** Reads stored settings; anything unreadable is "no settings", never an error. */
export function readPeopleSettings(value: unknown): StoredPeopleSettings {
  const parsed = peopleSettingsSchema.safeParse(value);
  return parsed.success ? parsed.data : { archived: [] };
}

/** `target`: the name to write; when it is a merge, the other person's own spelling. */
export type RenameCheck =
  { type: 'ok'; merge: boolean; target: string } | { type: 'error'; code: 'empty' | 'too_long' | 'same' };

/**
 * Whether `from` can become `to`: a new name must be non-empty, fit the person field and
 * differ from the old one (a change of case or spaces only is allowed and is a rename).
 * When another person already has the new name (by `personKey`), it is a merge into that
 * person, and their spelling is kept.
 */
export function checkRename(existing: readonly string[], from: string, to: string): RenameCheck {
  const next = to.trim();
  if (next === '') return { type: 'error', code: 'empty' };
  if (next.length > MAX_PERSON) return { type: 'error', code: 'too_long' };
  if (next === from.trim()) return { type: 'error', code: 'same' };
  const other = isSamePerson(from, next) ? undefined : existing.find((name) => isSamePerson(name, next));
  return other === undefined
    ? { type: 'ok', merge: false, target: next }
    : { type: 'ok', merge: true, target: other };
}

/** The worksheets about `from`, re-tagged with `to` (trimmed). Others are not returned. */
export function renamedDocs<Doc extends WorksheetDocLike>(
  docs: readonly Doc[],
  from: string,
  to: string,
): Doc[] {
  const key = personKey(from);
  const next = to.trim();
  return docs
    .filter((doc) => key !== '' && personKey(doc.person) === key)
    .map((doc) => ({ ...doc, person: next }));
}

/** Settings after `from` became `to`: an archived `from` stays archived under its new name; "me" follows. */
export function settingsAfterRename(
  settings: StoredPeopleSettings,
  from: string,
  to: string,
): StoredPeopleSettings {
  const fromKey = personKey(from);
  const toKey = personKey(to);
  const archived = settings.archived.includes(fromKey)
    ? [...new Set([...settings.archived.filter((key) => key !== fromKey), toKey])]
    : settings.archived;
  return {
    ...settings,
    archived,
    ...(personKey(settings.me) === fromKey && fromKey !== '' ? { me: to.trim() } : {}),
  };
}

export function setArchived(
  settings: StoredPeopleSettings,
  person: string,
  archived: boolean,
): StoredPeopleSettings {
  const key = personKey(person);
  const rest = settings.archived.filter((entry) => entry !== key);
  return { ...settings, archived: archived && key !== '' ? [...rest, key] : rest };
}

/**
 * The employee's progress for their manager: their goals, 5R plans and flash retros (not
 * drafts of feedback or prep notes about others), practice left out, each tagged with the
 * employee's name so the manager's team view files it under them.
 */
export function progressForExport<Doc extends WorksheetDocLike>(
  docs: readonly Doc[],
  settings: PeopleSettings,
): Doc[] {
  const me = (settings.me ?? '').trim();
  return docs
    .filter(
      (doc) =>
        doc.practice === undefined &&
        (doc.kind === 'smart-ar' || doc.kind === 'action-plan' || doc.kind === 'flash-retro') &&
        isMine(doc.person, settings),
    )
    .map((doc) => (me === '' ? doc : { ...doc, person: me }));
}
