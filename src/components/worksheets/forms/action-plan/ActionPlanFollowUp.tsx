import { loadSections } from '../../../../lib/i18n/sections';
import type { Locale } from '../../../../lib/i18n/locales';
import type { ActionPlanData } from '../../../../lib/worksheets/action-plan';
import { worksheetHref } from '../../../../lib/worksheets/href';
import { downloadText } from '../../../shared/download';
import type { IslandTranslate } from '../../../shared/island-strings';

interface Props {
  plan: { id: string; title: string; person?: string | undefined; data: ActionPlanData };
  t: IslandTranslate;
  locale: Locale;
  /** What the calendar button last did; cleared by the form when the plan changes. */
  notice: string | undefined;
  setNotice: (notice: string | undefined) => void;
}

/** After the conversation: the review dates as a calendar file, and the flash retro for the same person. */
export function ActionPlanFollowUp({ plan, t, locale, notice, setNotice }: Props) {
  const person = (plan.person ?? '').trim();
  // The calendar's code and words load with the first press (one language, about 1.5 KB).
  const exportCalendar = async () => {
    let calendar: typeof import('../../../../lib/worksheets/action-plan/calendar');
    try {
      [calendar] = await Promise.all([
        import('../../../../lib/worksheets/action-plan/calendar'),
        loadSections(locale, ['action-plan-calendar']),
      ]);
    } catch {
      setNotice(t('ws.common.moduleUnavailable'));
      return;
    }
    const { reviewCalendar, reviewCalendarFileName, reviewEvents } = calendar;
    const count = reviewEvents(plan, locale).length;
    if (count === 0) {
      setNotice(t('ws.actionPlan.icsNone'));
      return;
    }
    const now = new Date();
    downloadText(reviewCalendarFileName(now), reviewCalendar(plan, locale, now), 'text/calendar');
    setNotice(t('ws.actionPlan.icsDone', { count }));
  };
  // The person's name is typed text: it travels in the fragment, never in the query.
  const retroHref = worksheetHref('flash-retro', locale, { person });
  return (
    <section className="ws-section" aria-labelledby="action-plan-follow-up">
      <h2 id="action-plan-follow-up">{t('ws.actionPlan.followUpSection')}</h2>
      <p className="ws-section__intro">{t('ws.actionPlan.followUpIntro')}</p>
      <div className="action-plan__follow-up">
        <button
          type="button"
          className="button button--small"
          aria-describedby="action-plan-ics-help"
          onClick={() => void exportCalendar()}
        >
          {t('ws.actionPlan.exportIcs')}
        </button>
        <p id="action-plan-ics-help" className="field__help">
          {t('ws.actionPlan.exportIcsHelp')}
        </p>
        <p role="status" className="action-plan__status">
          {notice}
        </p>
      </div>
      <p className="action-plan__retro">
        <a href={retroHref} aria-describedby="action-plan-retro-help">
          {person === '' ? t('ws.actionPlan.retroLinkNoPerson') : t('ws.actionPlan.retroLink', { person })}
        </a>
      </p>
      <p id="action-plan-retro-help" className="field__help">
        {t('ws.actionPlan.retroLinkHelp')}
      </p>
    </section>
  );
}
