import { useState } from 'react';
import type { ResourceCatalog } from '../../../lib/resources/schema';
import {
  addAction,
  MAX_ACTIONS,
  removeAction,
  setActionState,
  type ActionPlanData,
  type PlannedAction,
  actionPlanModule,
} from '../../../lib/worksheets/action-plan';
import { todayIso } from '../../../lib/dates';
import { DateField, RepeatingGroup, hintsFor } from '../fields';
import { ActionPlanFollowUp } from './action-plan/ActionPlanFollowUp';
import { PlannedActionFields } from './action-plan/PlannedActionFields';
import { IntroSteps } from '../IntroSteps';
import { WorksheetEditor, type WorksheetFormProps, type WorksheetIslandProps } from '../WorksheetEditor';
import { ResourceCatalogContext } from './ActionResourceSuggestions';
import { replaceAt } from './list-helpers';
import { loadSourceFrom, useMissingSource } from './prep-source';
import { nextPlanFrom } from '../../../lib/worksheets/flows/next-plan';
import type { PrefillSource } from '../use-worksheet';

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
  const sourceMissing = useMissingSource(doc, data.sourcePlanId);

  // The schema's own rule refuses a fourth action; the group then says why (its full message).
  const add = () => {
    const result = addAction(data);
    if (result.type === 'success') change(result.data);
  };

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
            return (
              <PlannedActionFields
                action={action}
                index={index}
                hints={hints}
                t={t}
                locale={locale}
                patch={patch}
                setState={(state) =>
                  set({ actions: replaceAt(data.actions, index, setActionState(action, state, todayIso())) })
                }
              />
            );
          }}
        />
      </section>

      <ActionPlanFollowUp
        plan={{ id: doc.id, title: doc.title, person: doc.person, data }}
        t={t}
        locale={locale}
        notice={calendarNotice}
        setNotice={setCalendarNotice}
      />
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
