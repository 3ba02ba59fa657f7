import { useEffect, useId, useRef, useState } from 'react';
import type { Locale } from '../../../lib/i18n/locales';
import { localizePath } from '../../../lib/i18n/paths';
import { displayTitle, MAX_PERSON, type WorksheetSummary } from '../../../lib/worksheets/document';
import type { PlannedAction } from '../../../lib/worksheets/action-plan/schema';
import { todayIso } from '../../../lib/dates';
import { MAX_TEXT } from '../../../lib/worksheets/fields';
import {
  createDefaultFlashRetro,
  retroJudgments,
  SATISFIED_COUNT,
  type FlashRetroData,
  type RetroJudgment,
  flashRetroModule,
} from '../../../lib/worksheets/flash-retro';
import { relatedWorksheets } from '../../../lib/worksheets/flash-retro/related';
import {
  adjustmentFromRetro,
  appendAdjustment,
  openActionsForRetro,
  type OpenActions,
} from '../../../lib/worksheets/flows/retro';
import type { UiKey } from '../../../lib/i18n';
import { loadWorksheetStore } from '../../../storage/load';
import { ChoiceField, DateField, HintList, TextField, hintsFor } from '../fields';
import { IntroSteps } from '../IntroSteps';
import type { IslandTranslate } from '../../shared/island-strings';
import type { PrefillSource } from '../use-worksheet';
import { WorksheetEditor, type WorksheetFormProps, type WorksheetIslandProps } from '../WorksheetEditor';
import { replaceAt } from './list-helpers';
import { RetroActionTicks } from './RetroActionTicks';
import { updateStoredWorksheet } from './update-stored';
import { worksheetHref, readWorksheetAddress } from '../../../lib/worksheets/href';

const judgmentKeys: Record<RetroJudgment, UiKey> = {
  goal: 'ws.flashRetro.judgmentGoal',
  execution: 'ws.flashRetro.judgmentExecution',
  unsure: 'ws.flashRetro.judgmentUnsure',
};

/** What the retro knows about the person's other worksheets. */
type Related =
  | { type: 'idle' }
  | { type: 'loading' }
  | {
      type: 'ready';
      open: OpenActions | undefined;
      plan: WorksheetSummary | undefined;
      goals: WorksheetSummary[];
    }
  | { type: 'failed' };

/** Waits this long after the person field changes before looking again, so typing a name doesn't query on every key. */
const PERSON_DEBOUNCE_MS = 300;

/**
 * The person's last 5R plan (its open actions) and SMART-AR goals, looked up in the store
 * from an effect whenever the person changes. With no person yet, only when `wanted`: a
 * blank retro then opens without reading storage (or loading its code).
 */
function useRelatedWorksheets(
  person: string,
  includePractice: boolean,
  wanted: boolean,
): [Related, (index: number, action: PlannedAction) => void] {
  const [related, setRelated] = useState<Related>({ type: 'idle' });
  const firstRun = useRef(true);

  useEffect(() => {
    if (person === '' && !wanted) {
      setRelated({ type: 'idle' });
      return;
    }
    let cancelled = false;
    const delay = firstRun.current ? 0 : PERSON_DEBOUNCE_MS;
    firstRun.current = false;
    setRelated({ type: 'loading' });
    const timer = setTimeout(() => {
      void (async () => {
        try {
          const store = await loadWorksheetStore();
          const summaries = await store.list();
          const plans = relatedWorksheets(summaries, 'action-plan', person, { includePractice });
          const loaded = await Promise.all(plans.map((plan) => store.load(plan.id)));
          const docs = loaded.flatMap((result) => (result.type === 'success' ? [result.doc] : []));
          const open = openActionsForRetro(docs, person);
          if (cancelled) return;
          setRelated({
            type: 'ready',
            open,
            plan: open === undefined ? undefined : plans.find((plan) => plan.id === open.planId),
            goals: relatedWorksheets(summaries, 'smart-ar', person, { includePractice }),
          });
        } catch {
          if (!cancelled) setRelated({ type: 'failed' });
        }
      })();
    }, delay);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [person, includePractice, wanted]);

  // A tick saved in the plan shows here at once; the action stays listed with its new state.
  const ticked = (index: number, action: PlannedAction) =>
    setRelated((old) =>
      old.type === 'ready' && old.open
        ? {
            ...old,
            open: {
              ...old.open,
              actions: old.open.actions.map((item) => (item.index === index ? { index, action } : item)),
            },
          }
        : old,
    );
  return [related, ticked];
}

type AppendState =
  | { type: 'idle' }
  | { type: 'working' }
  | { type: 'done'; goalId: string; goalTitle: string }
  | { type: 'failed'; message: string };

/**
 * The flash retro: first what the last 5R plan promised, then the three questions, then the
 * goal-or-execution call; a goal problem can go straight into a SMART-AR goal's adjustment log.
 */
export function FlashRetroForm({ data, onChange, hints, t, locale, doc }: WorksheetFormProps<'flash-retro'>) {
  const person = (doc.person ?? '').trim();
  // A saved retro has read storage already; a blank one without a person looks when asked.
  const [untaggedWanted, setUntaggedWanted] = useState(doc.revision > 0);
  const [related, ticked] = useRelatedWorksheets(person, doc.practice !== undefined, untaggedWanted);
  const [append, setAppend] = useState<AppendState>({ type: 'idle' });
  const satisfiedId = useId();
  const set = (patch: Partial<FlashRetroData>) => onChange({ ...data, ...patch });
  const satisfiedHints = hintsFor(hints, 'satisfied');

  const setSatisfied = (index: number, value: string) => {
    const padded = Array.from({ length: SATISFIED_COUNT }, (_, i) => data.satisfied[i] ?? '');
    set({ satisfied: replaceAt(padded, index, value) });
  };

  const appendToGoal = async (goalId: string) => {
    setAppend({ type: 'working' });
    let full = false;
    const result = await updateStoredWorksheet(
      goalId,
      'smart-ar',
      (goal) => {
        const appended = appendAdjustment(goal, adjustmentFromRetro(data));
        if (appended.type === 'success') return appended;
        full = true;
        return { type: 'error', reason: t('ws.flashRetro.appendFull', { max: appended.max }) };
      },
      { t, locale, notFound: t('ws.flashRetro.appendNotFound') },
    );
    if (result.type === 'success') {
      setAppend({ type: 'done', goalId, goalTitle: displayTitle(result.doc, locale) });
    } else {
      // A full log is said as it is; anything else is a failure to add, with its reason.
      setAppend({
        type: 'failed',
        message: full ? result.reason : t('ws.flashRetro.appendFailed', { reason: result.reason }),
      });
    }
  };

  const newPlanHref = localizePath('/worksheets/action-plan/', locale);

  return (
    <>
      <section className="ws-section" aria-labelledby="flash-retro-open">
        <h2 id="flash-retro-open">{t('ws.flashRetro.openSection')}</h2>
        <p className="ws-section__intro">{t('ws.flashRetro.openIntro')}</p>
        <div aria-live="polite">
          {related.type === 'idle' && (
            <>
              <p>{t('ws.flashRetro.openIdle')}</p>
              <button
                type="button"
                className="button button--small button--quiet"
                onClick={() => setUntaggedWanted(true)}
              >
                {t('ws.flashRetro.openUntagged')}
              </button>
            </>
          )}
          {related.type === 'loading' && (
            <p className="flash-retro__muted">{t('ws.flashRetro.openLoading')}</p>
          )}
          {related.type === 'failed' && (
            <p className="banner banner--error" role="alert">
              {t('ws.flashRetro.loadFailed')}
            </p>
          )}
          {related.type === 'ready' && related.open === undefined && (
            <>
              <IntroSteps
                text={
                  person === '' ? t('ws.flashRetro.noPlanUntagged') : t('ws.flashRetro.noPlan', { person })
                }
                locale={locale}
              />
              <p>
                <a href={newPlanHref}>{t('ws.flashRetro.newPlan')}</a>
              </p>
            </>
          )}
          {related.type === 'ready' && related.open !== undefined && (
            <>
              <p>
                {t('ws.flashRetro.fromPlan')}
                <a href={worksheetHref('action-plan', locale, { id: related.open.planId })}>
                  {related.plan
                    ? displayTitle(related.plan, locale)
                    : related.open.planTitle || related.open.planId}
                </a>
                {related.open.conversationDate !== '' &&
                  ` · ${t('ws.flashRetro.planDate', { date: related.open.conversationDate })}`}
              </p>
              {related.open.actions.length === 0 ? (
                <p>{t('ws.flashRetro.allDone')}</p>
              ) : (
                <>
                  <h3 className="flash-retro__subheading">{t('ws.flashRetro.openActions')}</h3>
                  <p className="flash-retro__muted">{t('ws.flashRetro.tickIntro')}</p>
                  <RetroActionTicks open={related.open} t={t} locale={locale} onTicked={ticked} />
                  <p>
                    <a
                      className="button button--small button--quiet"
                      href={worksheetHref('action-plan', locale, { from: related.open.planId, person })}
                    >
                      {t('ws.flashRetro.nextPlan')}
                    </a>
                  </p>
                </>
              )}
            </>
          )}
        </div>
      </section>

      <section className="ws-section" aria-labelledby="flash-retro-questions">
        <h2 id="flash-retro-questions">{t('ws.flashRetro.questionsSection')}</h2>
        <p className="ws-section__intro">{t('ws.flashRetro.questionsIntro')}</p>
        <DateField
          label={t('ws.flashRetro.date')}
          value={data.date}
          hints={hintsFor(hints, 'date')}
          onChange={(date) => set({ date })}
        />
        <fieldset
          className="field flash-retro__satisfied"
          aria-describedby={satisfiedHints.length > 0 ? `${satisfiedId}-hints` : undefined}
        >
          <legend className="field__label">{t('ws.flashRetro.satisfied')}</legend>
          <p className="field__help">{t('ws.flashRetro.satisfiedHelp')}</p>
          {Array.from({ length: SATISFIED_COUNT }, (_, index) => (
            <TextField
              key={index}
              label={t('ws.flashRetro.satisfiedN', { n: index + 1 })}
              value={data.satisfied[index] ?? ''}
              maxLength={MAX_TEXT}
              onChange={(value) => setSatisfied(index, value)}
            />
          ))}
          <HintList id={`${satisfiedId}-hints`} hints={satisfiedHints} />
        </fieldset>
        <TextField
          label={t('ws.flashRetro.obstacle')}
          help={t('ws.flashRetro.obstacleHelp')}
          value={data.obstacle}
          maxLength={MAX_TEXT}
          multiline
          hints={hintsFor(hints, 'obstacle')}
          onChange={(obstacle) => set({ obstacle })}
        />
        <TextField
          label={t('ws.flashRetro.tried')}
          help={t('ws.flashRetro.triedHelp')}
          value={data.tried}
          maxLength={MAX_TEXT}
          multiline
          hints={hintsFor(hints, 'tried')}
          onChange={(tried) => set({ tried })}
        />
        <TextField
          label={t('ws.flashRetro.improvement')}
          help={t('ws.flashRetro.improvementHelp')}
          value={data.improvement}
          maxLength={MAX_TEXT}
          multiline
          hints={hintsFor(hints, 'improvement')}
          onChange={(improvement) => set({ improvement })}
        />
      </section>

      <section className="ws-section" aria-labelledby="flash-retro-judgment">
        <h2 id="flash-retro-judgment">{t('ws.flashRetro.judgmentSection')}</h2>
        <p className="ws-section__intro">{t('ws.flashRetro.judgmentIntro')}</p>
        <ChoiceField
          label={t('ws.flashRetro.judgment')}
          value={data.judgment ?? ''}
          options={retroJudgments.map((judgment) => ({ value: judgment, label: t(judgmentKeys[judgment]) }))}
          hints={hintsFor(hints, 'judgment')}
          onChange={(judgment) => set({ judgment })}
        />
        {data.judgment === 'execution' && (
          <p>
            {t('ws.flashRetro.executionNote')} <a href={newPlanHref}>{t('ws.flashRetro.newPlan')}</a>
          </p>
        )}
        {data.judgment === 'goal' && (
          <GoalLink
            related={related}
            person={person}
            linkedGoalId={data.linkedGoalId}
            hints={hintsFor(hints, 'linkedGoalId')}
            append={append}
            t={t}
            locale={locale}
            onLink={(linkedGoalId) => {
              setAppend({ type: 'idle' });
              set({ linkedGoalId });
            }}
            onAppend={(goalId) => void appendToGoal(goalId)}
          />
        )}
      </section>
    </>
  );
}

interface GoalLinkProps {
  related: Related;
  person: string;
  linkedGoalId: string | undefined;
  hints: WorksheetFormProps<'flash-retro'>['hints'];
  append: AppendState;
  t: IslandTranslate;
  locale: Locale;
  onLink: (goalId: string) => void;
  onAppend: (goalId: string) => void;
}

/** For a goal problem: pick the person's SMART-AR goal and add this retro to its adjustment log. */
function GoalLink({
  related,
  person,
  linkedGoalId,
  hints,
  append,
  t,
  locale,
  onLink,
  onAppend,
}: GoalLinkProps) {
  if (related.type === 'loading')
    return <p className="flash-retro__muted">{t('ws.flashRetro.goalsLoading')}</p>;
  if (related.type === 'failed') return null;
  if (related.type === 'idle') return <p className="flash-retro__muted">{t('ws.flashRetro.goalsIdle')}</p>;
  const newGoalHref = localizePath('/worksheets/smart-ar/', locale);
  if (related.goals.length === 0) {
    return (
      <p>
        {person === '' ? t('ws.flashRetro.noGoalsUntagged') : t('ws.flashRetro.noGoals', { person })}{' '}
        <a href={newGoalHref}>{t('ws.flashRetro.newGoal')}</a>
      </p>
    );
  }
  const linked = related.goals.find((goal) => goal.id === linkedGoalId);
  return (
    <>
      <ChoiceField
        label={t('ws.flashRetro.goalPick')}
        help={
          person === ''
            ? t('ws.flashRetro.goalPickHelpUntagged')
            : t('ws.flashRetro.goalPickHelp', { person })
        }
        value={linked?.id ?? ''}
        options={related.goals.map((goal) => ({ value: goal.id, label: displayTitle(goal, locale) }))}
        hints={hints}
        onChange={onLink}
      />
      {linked && (
        <div className="flash-retro__append">
          {append.type === 'done' && append.goalId === linked.id ? null : (
            <button
              type="button"
              className="button button--small"
              aria-describedby="flash-retro-append-help"
              disabled={append.type === 'working'}
              onClick={() => onAppend(linked.id)}
            >
              {append.type === 'working' ? t('ws.flashRetro.appending') : t('ws.flashRetro.append')}
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
        {append.type === 'done' ? t('ws.flashRetro.appended', { goal: append.goalTitle }) : ''}
      </p>
      {append.type === 'failed' && (
        <p className="banner banner--error" role="alert">
          {append.message}
        </p>
      )}
    </>
  );
}

/**
 * A flash retro opened from a 5R plan (`#person=Lin`) starts tagged with that person. Links
 * made before names moved to the fragment (`?person=Lin`, in old e-mails) still work; the
 * name is then taken out of the address bar at once, so it is not bookmarked or shared on.
 */
const prefillPerson: PrefillSource<'flash-retro'> = () => {
  const address = readWorksheetAddress(window.location.href);
  if (address.cleaned !== undefined) window.history.replaceState(window.history.state, '', address.cleaned);
  const person = (address.person ?? '').slice(0, MAX_PERSON);
  return Promise.resolve(person === '' ? undefined : { data: createDefaultFlashRetro(todayIso()), person });
};

/** The island: the editor frame around the flash retro. */
export default function FlashRetroWorksheet(props: WorksheetIslandProps) {
  return (
    <WorksheetEditor {...props} module={flashRetroModule} Form={FlashRetroForm} prefill={prefillPerson} />
  );
}
