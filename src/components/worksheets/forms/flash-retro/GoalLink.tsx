import type { Locale } from '../../../../lib/i18n/locales';
import { localizePath } from '../../../../lib/i18n/paths';
import { displayTitle } from '../../../../lib/worksheets/document';
import {
  appendButton,
  appendStatus,
  goalLinkView,
  type AppendState,
  type Related,
} from '../../../../lib/worksheets/flash-retro/form-rules';
import { worksheetHref } from '../../../../lib/worksheets/href';
import type { HintsAt } from '../../hint-gate';
import type { IslandTranslate } from '../../../shared/island-strings';
import { ChoiceField } from '../../fields';

interface GoalLinkProps {
  related: Related;
  person: string;
  linkedGoalId: string | undefined;
  hints: HintsAt;
  append: AppendState;
  t: IslandTranslate;
  locale: Locale;
  onLink: (goalId: string) => void;
  onAppend: (goalId: string) => void;
}

/** For a goal problem: pick the person's SMART-AR goal and add this retro to its adjustment log. */
export function GoalLink(props: GoalLinkProps) {
  const { append, t, locale } = props;
  const view = goalLinkView(props.related, props.person, props.linkedGoalId, t);
  if (view.type === 'nothing') return null;
  if (view.type === 'loading') return <p className="flash-retro__muted">{t('ws.flashRetro.goalsLoading')}</p>;
  if (view.type === 'idle') return <p className="flash-retro__muted">{t('ws.flashRetro.goalsIdle')}</p>;
  if (view.type === 'no-goals') {
    return (
      <p>
        {view.text} <a href={localizePath('/worksheets/smart-ar/', locale)}>{t('ws.flashRetro.newGoal')}</a>
      </p>
    );
  }
  const linked = view.linked;
  const button = linked && appendButton(append, linked.id, t);
  return (
    <>
      <ChoiceField
        label={t('ws.flashRetro.goalPick')}
        help={view.help}
        value={linked?.id ?? ''}
        options={view.goals.map((goal) => ({ value: goal.id, label: displayTitle(goal, locale) }))}
        hints={props.hints}
        onChange={props.onLink}
      />
      {linked && (
        <div className="flash-retro__append">
          {button && (
            <button
              type="button"
              className="button button--small"
              aria-describedby="flash-retro-append-help"
              disabled={button.disabled}
              onClick={() => props.onAppend(linked.id)}
            >
              {button.label}
            </button>
          )}
          <a href={worksheetHref('smart-ar', locale, { id: linked.id })}>
            {t('ws.flashRetro.openLinkedGoal')}
          </a>
          <p id="flash-retro-append-help" className="field__help">
            {t('ws.flashRetro.appendHelp')}
          </p>
        </div>
      )}
      <p role="status" className="flash-retro__status">
        {appendStatus(append, t)}
      </p>
      {append.type === 'failed' && (
        <p className="banner banner--error" role="alert">
          {append.message}
        </p>
      )}
    </>
  );
}
