import type { Locale } from '../../../../lib/i18n/locales';
import type { IslandTranslate } from '../../../shared/island-strings';
import { PrepSheetChooser } from '../PrepSheetChooser';

/** "Start from a prep sheet", offered on a list that opened blank. */
export function GrowChooser({
  hasContent,
  t,
  locale,
}: {
  hasContent: boolean;
  t: IslandTranslate;
  locale: Locale;
}) {
  return (
    <PrepSheetChooser
      id="grow-chooser"
      locale={locale}
      target="grow-questions"
      hasContent={hasContent}
      text={{
        heading: t('ws.grow.chooserHeading'),
        intro: t('ws.grow.chooserIntro'),
        show: t('ws.grow.chooserShow'),
        loading: t('ws.grow.chooserLoading'),
        none: t('ws.grow.chooserNone'),
        createSheet: t('ws.grow.chooserCreate'),
        failed: t('ws.grow.chooserFailed'),
        startFrom: (title) => t('ws.grow.startFrom', { title }),
        meetingOn: (date) => t('ws.grow.meetingOn', { date }),
        updatedOn: (date) => t('ws.grow.updatedOn', { date }),
        confirm: (title) => t('ws.grow.confirm', { title }),
        confirmYes: t('ws.grow.confirmYes'),
        confirmNo: t('ws.grow.confirmNo'),
      }}
    />
  );
}
