import type { Locale } from '../../../../lib/i18n/locales';
import { todayIso } from '../../../../lib/dates';
import { actionStates, type ActionState, type PlannedAction } from '../../../../lib/worksheets/action-plan';
import { MAX_SHORT, MAX_TEXT } from '../../../../lib/worksheets/fields';
import type { Hint } from '../../../../lib/worksheets/hint';
import { recordDateMove } from '../../../../lib/worksheets/tracking-fields';
import type { IslandTranslate } from '../../../shared/island-strings';
import { CheckboxField, ChoiceField, DateField, TextField, hintsFor } from '../../fields';
import { ActionResourceSuggestions } from '../ActionResourceSuggestions';

interface Props {
  action: PlannedAction;
  index: number;
  hints: readonly Hint[];
  t: IslandTranslate;
  locale: Locale;
  patch: (change: Partial<PlannedAction>) => void;
  setState: (state: ActionState) => void;
}

/** One action of the 5R canvas: Result, Resource, Responsible, Review date, Risk and fallback, its flags and state. */
export function PlannedActionFields({ action, index, hints, t, locale, patch, setState }: Props) {
  const at = (field: keyof PlannedAction) => hintsFor(hints, `actions.${index}.${field}`);
  return (
    <>
      <TextField
        label={t('ws.actionPlan.result')}
        help={t('ws.actionPlan.resultHelp')}
        placeholder={t('ws.actionPlan.resultPlaceholder')}
        value={action.result}
        maxLength={MAX_TEXT}
        multiline
        hints={at('result')}
        onChange={(result) => patch({ result })}
      />
      <TextField
        label={t('ws.actionPlan.resource')}
        help={t('ws.actionPlan.resourceHelp')}
        value={action.resource}
        maxLength={MAX_TEXT}
        multiline
        hints={at('resource')}
        onChange={(resource) => patch({ resource })}
      />
      <ActionResourceSuggestions
        t={t}
        locale={locale}
        index={index}
        result={action.result}
        resource={action.resource}
        onResource={(resource) => patch({ resource })}
      />
      <div className="field-row">
        <TextField
          label={t('ws.actionPlan.responsible')}
          help={t('ws.actionPlan.responsibleHelp')}
          value={action.responsible}
          maxLength={MAX_SHORT}
          hints={at('responsible')}
          onChange={(responsible) => patch({ responsible })}
        />
        <DateField
          label={t('ws.actionPlan.reviewDate')}
          help={t('ws.actionPlan.reviewDateHelp')}
          value={action.reviewDate}
          hints={at('reviewDate')}
          onChange={(reviewDate) =>
            patch({
              reviewDate,
              reviewMoves: recordDateMove(action.reviewMoves, action.reviewDate, reviewDate, todayIso()),
            })
          }
        />
      </div>
      <div className="field-row">
        <TextField
          label={t('ws.actionPlan.risk')}
          help={t('ws.actionPlan.riskHelp')}
          value={action.risk}
          maxLength={MAX_TEXT}
          multiline
          hints={at('risk')}
          onChange={(risk) => patch({ risk })}
        />
        <TextField
          label={t('ws.actionPlan.contingency')}
          help={t('ws.actionPlan.contingencyHelp')}
          value={action.contingency}
          maxLength={MAX_TEXT}
          multiline
          hints={at('contingency')}
          onChange={(contingency) => patch({ contingency })}
        />
      </div>
      <div className="action-plan__flags">
        <CheckboxField
          label={t('ws.actionPlan.microAction')}
          checked={action.microAction}
          onChange={(microAction) => patch({ microAction })}
        />
      </div>
      <ChoiceField
        label={t('ws.actionPlan.state')}
        value={action.state}
        options={actionStates.map((state) => ({
          value: state,
          label: t(`ws.actionPlan.state.${state}`),
        }))}
        onChange={setState}
      />
      {action.state === 'blocked' && (
        <TextField
          label={t('ws.actionPlan.blockedReason')}
          help={t('ws.actionPlan.blockedReasonHelp')}
          value={action.blockedReason}
          maxLength={MAX_SHORT}
          onChange={(blockedReason) => patch({ blockedReason })}
        />
      )}
      {action.state === 'done' && (
        <DateField
          label={t('ws.actionPlan.doneOn')}
          value={action.doneOn}
          onChange={(doneOn) => patch({ doneOn })}
        />
      )}
    </>
  );
}
