import { useState } from 'react';
import type { Locale } from '../../../lib/i18n/locales';
import {
  actionStates,
  type ActionState,
  type PlannedAction,
} from '../../../lib/worksheets/action-plan/schema';
import { todayIso } from '../../../lib/dates';
import { MAX_SHORT } from '../../../lib/worksheets/fields';
import { tickPlanAction, type OpenActions } from '../../../lib/worksheets/flows/retro';
import { ChoiceField, TextField } from '../fields';
import type { IslandTranslate } from '../../shared/island-strings';
import { updateStoredWorksheet } from './update-stored';

type TickStatus = { type: 'saving' } | { type: 'saved' } | { type: 'failed'; message: string };

/**
 * The last 5R plan's unfinished actions, each with "open / done / blocked" to tick right in
 * the retro. A tick is saved into the 5R plan itself (the plan is where the dashboards read
 * an action's state), with the day it was done or what blocks it.
 */
export function RetroActionTicks(props: {
  open: OpenActions;
  t: IslandTranslate;
  locale: Locale;
  /** The action as now stored in the plan, after a tick was saved. */
  onTicked: (index: number, action: PlannedAction) => void;
}) {
  const { open, t, locale, onTicked } = props;
  const [status, setStatus] = useState<ReadonlyMap<number, TickStatus>>(new Map());
  const [reasons, setReasons] = useState<ReadonlyMap<number, string>>(new Map());
  // The state just ticked, shown at once while it is saved; dropped again if the save fails.
  const [ticking, setTicking] = useState<ReadonlyMap<number, ActionState>>(new Map());
  const setTick = (index: number, state: ActionState | undefined) =>
    setTicking((old) => {
      const next = new Map(old);
      if (state === undefined) next.delete(index);
      else next.set(index, state);
      return next;
    });
  const say = (index: number, next: TickStatus) => setStatus((old) => new Map(old).set(index, next));

  const save = async (index: number, action: PlannedAction, state: ActionState, blockedReason?: string) => {
    say(index, { type: 'saving' });
    setTick(index, state);
    const result = await updateStoredWorksheet(
      open.planId,
      'action-plan',
      (plan) => {
        const ticked = tickPlanAction(plan, {
          index,
          result: action.result,
          state,
          today: todayIso(),
          ...(blockedReason === undefined ? {} : { blockedReason }),
        });
        return ticked.type === 'success' ? ticked : { type: 'error', reason: t('ws.flashRetro.tickChanged') };
      },
      { t, locale, notFound: t('ws.flashRetro.tickPlanGone') },
    );
    setTick(index, undefined);
    if (result.type === 'failed') {
      say(index, { type: 'failed', message: t('ws.flashRetro.tickFailed', { reason: result.reason }) });
      return;
    }
    const stored = result.doc.data.actions[index];
    if (stored) onTicked(index, stored);
    say(index, { type: 'saved' });
  };

  return (
    <ul className="flash-retro__actions flash-retro__actions--ticks">
      {open.actions.map(({ index, action }) => {
        const current = status.get(index);
        const reason = reasons.get(index) ?? action.blockedReason;
        return (
          <li key={index}>
            <ChoiceField
              label={action.result.trim()}
              help={[
                action.reviewDate === '' ? '' : t('ws.flashRetro.reviewOn', { date: action.reviewDate }),
                action.responsible.trim() === ''
                  ? ''
                  : t('ws.flashRetro.responsibleIs', { name: action.responsible.trim() }),
                action.microAction ? t('ws.flashRetro.microTag') : '',
              ]
                .filter((part) => part !== '')
                .join(' · ')}
              value={ticking.get(index) ?? action.state}
              options={actionStates.map((state) => ({
                value: state,
                label: t(`ws.actionPlan.state.${state}`),
              }))}
              onChange={(state) => void save(index, action, state)}
            />
            {action.state === 'blocked' && (
              <div className="flash-retro__blocked">
                <TextField
                  label={t('ws.flashRetro.tickReason', { result: action.result.trim() })}
                  value={reason}
                  maxLength={MAX_SHORT}
                  onChange={(value) => setReasons((old) => new Map(old).set(index, value))}
                />
                <button
                  type="button"
                  className="button button--small button--quiet"
                  disabled={reason.trim() === action.blockedReason.trim()}
                  onClick={() => void save(index, action, 'blocked', reason)}
                >
                  {t('ws.flashRetro.tickSaveReason')}
                </button>
              </div>
            )}
            <p className="flash-retro__tick-status" role="status">
              {current?.type === 'saving' && t('ws.flashRetro.tickSaving')}
              {current?.type === 'saved' && t('ws.flashRetro.tickSaved')}
            </p>
            {current?.type === 'failed' && (
              <p className="banner banner--error" role="alert">
                {current.message}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
