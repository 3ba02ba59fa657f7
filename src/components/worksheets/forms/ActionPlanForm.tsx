import { useState } from 'react';
import type { ResourceCatalog } from '../../../lib/resources/schema';
import {
  actionStates,
  addAction,
  MAX_ACTIONS,
  removeAction,
  setActionState,
  type ActionPlanData,
  type PlannedAction,
  actionPlanModule,
} from '../../../lib/worksheets/action-plan';
import {
  reviewCalendar,
  reviewCalendarFileName,
  reviewEvents,
} from '../../../lib/worksheets/action-plan/calendar';
import { todayIso } from '../../../lib/dates';
import { MAX_SHORT, MAX_TEXT } from '../../../lib/worksheets/fields';
import { recordDateMove } from '../../../lib/worksheets/tracking-fields';
import { downloadText } from '../../shared/download';
import { CheckboxField, ChoiceField, DateField, RepeatingGroup, TextField, hintsFor } from '../fields';
import { IntroSteps } from '../IntroSteps';
import { WorksheetEditor, type WorksheetFormProps, type WorksheetIslandProps } from '../WorksheetEditor';
import { ActionResourceSuggestions, ResourceCatalogContext } from './ActionResourceSuggestions';
import { replaceAt } from './list-helpers';
import { loadSourceFrom, useMissingSource } from './prep-source';
import { nextPlanFrom } from '../../../lib/worksheets/flows/next-plan';
import type { PrefillSource } from '../use-worksheet';
import { worksheetHref } from '../../../lib/worksheets/href';

/**
 * The 5R action canvas: up to three actions, each with Result, Resource, Responsible, Review
 * date, Risk and fallback, a micro-action flag and a done flag; the review dates go to a
 * calendar file, and the flash retro for the same person is one link away.
 *
 * Under each Resource field, "Suggest resources" offers the company's catalog
 * (`content/<lang>/resources.yaml`), matched to the action's Result.
 */
export function ActionPlanForm({ data, onChange, hints, t, locale, doc }: WorksheetFormProps<'action-plan'>) {
  const [calendarNotice, setCalendarNotice] = useState<string>();
  const change = (next: ActionPlanData) => {
    setCalendarNotice(undefined);
    onChange(next);
  };
  const set = (patch: Partial<ActionPlanData>) => change({ ...data, ...patch });
  const person = (doc.person ?? '').trim();
  const sourceMissing = useMissingSource(doc, data.sourcePlanId);

  // The schema's own rule refuses a fourth action; the group then says why (its full message).
  const add = () => {
    const result = addAction(data);
    if (result.type === 'success') change(result.data);
  };

  const exportCalendar = () => {
    const plan = { id: doc.id, title: doc.title, person: doc.person, data };
    const count = reviewEvents(plan, locale).length;
    if (count === 0) {
      setCalendarNotice(t('ws.actionPlan.icsNone'));
      return;
    }
    const now = new Date();
    downloadText(reviewCalendarFileName(now), reviewCalendar(plan, locale, now), 'text/calendar');
    setCalendarNotice(t('ws.actionPlan.icsDone', { count }));
  };

  // The person's name is typed text: it travels in the fragment, never in the query.
  const retroHref = worksheetHref('flash-retro', locale, { person });

  return (
    <>
      {sourceMissing && (
        <div className="banner banner--warning" role="alert">
          <p>{t('ws.actionPlan.fromMissing')}</p>
        </div>
      )}
      {data.sourcePlanId !== undefined && doc.revision <= 1 && (
        <p className="banner banner--info" role="status">
          {t('ws.actionPlan.fromLastPlan')}
        </p>
      )}
      <section className="ws-section" aria-labelledby="action-plan">
        <h2 id="action-plan">{t('ws.actionPlan.planSection')}</h2>
        <IntroSteps text={t('ws.actionPlan.planIntro')} locale={locale} />
        <DateField
          label={t('ws.actionPlan.conversationDate')}
          value={data.conversationDate}
          hints={hintsFor(hints, 'conversationDate')}
          onChange={(conversationDate) => set({ conversationDate })}
        />
        <RepeatingGroup
          legend={t('ws.actionPlan.actions')}
          help={t('ws.actionPlan.actionsHelp')}
          items={data.actions}
          max={MAX_ACTIONS}
          itemLabel={(index) => t('ws.actionPlan.actionN', { n: index + 1 })}
          addLabel={t('ws.actionPlan.addAction')}
          removeLabel={(index) =>
            t('ws.common.removeItem', { n: index + 1, list: t('ws.actionPlan.actions') })
          }
          fullMessage={t('ws.actionPlan.full', { max: MAX_ACTIONS })}
          hints={hintsFor(hints, 'actions')}
          onAdd={add}
          onRemove={(index) => change(removeAction(data, index))}
          renderItem={(action, index) => {
            const patch = (change: Partial<PlannedAction>) =>
              set({ actions: replaceAt(data.actions, index, { ...action, ...change }) });
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
                        reviewMoves: recordDateMove(
                          action.reviewMoves,
                          action.reviewDate,
                          reviewDate,
                          todayIso(),
                        ),
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
                  onChange={(state) =>
                    set({
                      actions: replaceAt(data.actions, index, setActionState(action, state, todayIso())),
                    })
                  }
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
          }}
        />
      </section>

      <section className="ws-section" aria-labelledby="action-plan-follow-up">
        <h2 id="action-plan-follow-up">{t('ws.actionPlan.followUpSection')}</h2>
        <p className="ws-section__intro">{t('ws.actionPlan.followUpIntro')}</p>
        <div className="action-plan__follow-up">
          <button
            type="button"
            className="button button--small"
            aria-describedby="action-plan-ics-help"
            onClick={exportCalendar}
          >
            {t('ws.actionPlan.exportIcs')}
          </button>
          <p id="action-plan-ics-help" className="field__help">
            {t('ws.actionPlan.exportIcsHelp')}
          </p>
          <p role="status" className="action-plan__status">
            {calendarNotice}
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
    </>
  );
}

/** The island: the editor frame around the 5R canvas, with the page language's resource catalog. */
/**
 * A plan opened with `?from=<last plan id>` (a flash retro's "next 5R plan") starts with the
 * last plan's unfinished actions and its person.
 */
const prefillFromLastPlan: PrefillSource<'action-plan'> = async (params) => {
  const last = await loadSourceFrom(params, 'action-plan');
  if (!last) return undefined;
  return {
    data: nextPlanFrom(last.data, todayIso(), last.id),
    ...(last.person ? { person: last.person } : {}),
  };
};

export default function ActionPlanWorksheet({
  resources,
  ...props
}: WorksheetIslandProps & { resources?: ResourceCatalog | undefined }) {
  return (
    <ResourceCatalogContext.Provider value={resources}>
      <WorksheetEditor
        {...props}
        module={actionPlanModule}
        Form={ActionPlanForm}
        prefill={prefillFromLastPlan}
      />
    </ResourceCatalogContext.Provider>
  );
}
