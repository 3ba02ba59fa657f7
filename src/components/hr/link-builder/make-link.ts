import type { Locale } from '../../../lib/i18n/locales';
import { worksheetHref } from '../../../lib/worksheets/href';
import { describeUnexpectedError, type WorksheetStore } from '../../../storage';
import { describeLoadErrorLater } from '../../shared/describe-load-error-later';
import type { IslandTranslate } from '../../shared/island-strings';

/** What the builder shows for the chosen worksheet. */
export type LinkOutput =
  { type: 'idle' } | { type: 'making' } | { type: 'link'; url: string } | { type: 'error'; message: string };

/**
 * The pre-filled link of a stored worksheet, in the page's language, or why it cannot be
 * made (the worksheet cannot be read, is too large for a link, or is not valid).
 */
export async function makePrefillLink(
  store: Pick<WorksheetStore, 'load'>,
  id: string,
  options: { includePerson: boolean; locale: Locale; t: IslandTranslate; origin: string },
): Promise<LinkOutput> {
  const { locale, t } = options;
  const unavailable = t('ws.common.moduleUnavailable');
  const loaded = await store.load(id);
  if (loaded.type !== 'success') {
    const reason =
      loaded.code === 'not_found' || loaded.code === 'unexpected'
        ? describeUnexpectedError(t)
        : await describeLoadErrorLater(loaded, locale, unavailable);
    return { type: 'error', message: t('hr.builder.loadFailed', { reason }) };
  }
  const { doc } = loaded;
  // The link codec (deflate, base64url, validation) loads with the first worksheet chosen.
  let codec: typeof import('../../../lib/share/prefill-link');
  try {
    codec = await import('../../../lib/share/prefill-link');
  } catch {
    return { type: 'error', message: unavailable };
  }
  const encoded = await codec.encodePrefill({
    kind: doc.kind,
    title: doc.title,
    person: options.includePerson ? doc.person : undefined,
    data: doc.data,
    schemaVersion: doc.schemaVersion,
  });
  if (encoded.type === 'success') {
    return { type: 'link', url: `${options.origin}${worksheetHref(doc.kind, locale)}#${encoded.fragment}` };
  }
  if (encoded.code === 'too_large') {
    return {
      type: 'error',
      message: t('hr.builder.tooLarge', { length: encoded.length, limit: encoded.limit }),
    };
  }
  const reason = await describeLoadErrorLater(encoded.loadError, locale, unavailable);
  return { type: 'error', message: t('hr.builder.invalid', { reason }) };
}
