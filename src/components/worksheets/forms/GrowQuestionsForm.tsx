import { useEffect, useRef, useState } from 'react';
import { loadRulesEngine } from '../../../lib/grow/load-rules-engine';
import { growStages, type GrowStage } from '../../../lib/grow/question';
import { perStageLimits } from '../../../lib/grow/request';
import type { UiKey } from '../../../lib/i18n';
import { titleFromSource } from '../../../lib/worksheets/derived-title';
import { MAX_LONG, MAX_TEXT } from '../../../lib/worksheets/fields';
import { growListFromQuestions } from '../../../lib/worksheets/flows/grow-list';
import {
  addGrowQuestion,
  growListLimits,
  type GrowListQuestion,
  type GrowQuestionsData,
  growQuestionsModule,
} from '../../../lib/worksheets/grow-questions';
import {
  moveQuestionWithinStage,
  positionInStage,
  type MoveDirection,
} from '../../../lib/worksheets/grow-questions/reorder';
import { filled } from '../../../lib/worksheets/hint';
import { prepSheetForGenerator } from '../../../lib/worksheets/prep-sheet/generator';
import { CheckboxField, HintList, TextField, hintsFor } from '../fields';
import type { PrefillSource } from '../use-worksheet';
import { WorksheetEditor, type WorksheetFormProps, type WorksheetIslandProps } from '../WorksheetEditor';
import { PrepSheetChooser } from './PrepSheetChooser';
import { loadPrepSheetFrom, useMissingSource } from './prep-source';
import { worksheetHref } from '../../../lib/worksheets/href';

const stageKeys: Record<GrowStage, { name: UiKey; help: UiKey; short: UiKey; add: UiKey }> = {
  goal: {
    name: 'ws.grow.stage.goal',
    help: 'ws.grow.stage.goalHelp',
    short: 'ws.grow.stageShort.goal',
    add: 'ws.grow.add.goal',
  },
  reality: {
    name: 'ws.grow.stage.reality',
    help: 'ws.grow.stage.realityHelp',
    short: 'ws.grow.stageShort.reality',
    add: 'ws.grow.add.reality',
  },
  options: {
    name: 'ws.grow.stage.options',
    help: 'ws.grow.stage.optionsHelp',
    short: 'ws.grow.stageShort.options',
    add: 'ws.grow.add.options',
  },
  will: {
    name: 'ws.grow.stage.will',
    help: 'ws.grow.stage.willHelp',
    short: 'ws.grow.stageShort.will',
    add: 'ws.grow.add.will',
  },
};

/** Where keyboard focus goes after the list changes under it (an item moved, added or deleted). */
type FocusTarget =
  { type: 'question'; id: string; control: 'text' | MoveDirection } | { type: 'add'; stage: GrowStage };

/**
 * The GROW question list: questions per stage, written by hand or drafted from a prep sheet,
 * reordered within their stage, ticked when asked, with the answer and the Will commitment.
 */
export function GrowQuestionsForm({
  data,
  onChange,
  hints,
  t,
  locale,
  doc,
}: WorksheetFormProps<'grow-questions'>) {
  const set = (patch: Partial<GrowQuestionsData>) => onChange({ ...data, ...patch });
  const [openedBlank] = useState(
    doc.revision === 0 && data.sourcePrepSheetId === undefined && data.questions.length === 0,
  );
  const sourceMissing = useMissingSource(doc, data.sourcePrepSheetId);
  const [announcement, setAnnouncement] = useState('');
  const [full, setFull] = useState(false);
  const focusAfterRender = useRef<FocusTarget | undefined>(undefined);
  const listRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const target = focusAfterRender.current;
    const root = listRef.current;
    if (!target || !root) return;
    focusAfterRender.current = undefined;
    const selector =
      target.type === 'add'
        ? `[data-grow-add="${target.stage}"]`
        : target.control === 'text'
          ? `[data-grow-question="${target.id}"] textarea`
          : `[data-grow-question="${target.id}"] [data-grow-move="${target.control}"]`;
    root.querySelector<HTMLElement>(selector)?.focus();
  });

  const stageName = (stage: GrowStage) => t(stageKeys[stage].short);
  const patchQuestion = (id: string, change: Partial<GrowListQuestion>) =>
    set({
      questions: data.questions.map((question) =>
        question.id === id ? { ...question, ...change } : question,
      ),
    });

  const move = (question: GrowListQuestion, direction: MoveDirection) => {
    const questions = moveQuestionWithinStage(data.questions, question.id, direction);
    if (questions === data.questions) return;
    focusAfterRender.current = { type: 'question', id: question.id, control: direction };
    set({ questions: [...questions] });
    setAnnouncement(
      t('ws.grow.moved', { stage: stageName(question.stage), n: positionInStage(questions, question.id) }),
    );
  };

  const remove = (question: GrowListQuestion) => {
    focusAfterRender.current = { type: 'add', stage: question.stage };
    set({ questions: data.questions.filter((candidate) => candidate.id !== question.id) });
    setFull(false);
    setAnnouncement(t('ws.grow.deleted', { stage: stageName(question.stage) }));
  };

  const add = (stage: GrowStage) => {
    const result = addGrowQuestion(data, stage);
    if (result.type === 'error') {
      setFull(true);
      return;
    }
    focusAfterRender.current = { type: 'question', id: result.id, control: 'text' };
    onChange(result.data);
  };

  const askedCount = data.questions.filter((question) => question.asked).length;
  const hasContent = data.questions.some((question) => filled(question.text)) || filled(data.commitment);
  const sourceNote =
    data.source === 'rules'
      ? t('ws.grow.sourceRules')
      : data.source === 'ai'
        ? t('ws.grow.sourceAi')
        : undefined;

  return (
    <>
      {sourceMissing && (
        <div className="banner banner--warning" role="alert">
          <p>{t('ws.grow.fromMissing')}</p>
        </div>
      )}
      {openedBlank && (
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
      )}

      <section className="ws-section" aria-labelledby="grow-list">
        <h2 id="grow-list">{t('ws.grow.listSection')}</h2>
        <p className="ws-section__intro">{t('ws.grow.listIntro')}</p>
        {sourceNote && (
          <p className="field__help">
            {sourceNote}
            {data.sourcePrepSheetId !== undefined && (
              <>
                {' '}
                <a href={worksheetHref('prep-sheet', locale, { id: data.sourcePrepSheetId })}>
                  {t('ws.grow.openSheet')}
                </a>
              </>
            )}
          </p>
        )}
        <p className="grow-progress">
          {t('ws.grow.progress', { asked: askedCount, total: data.questions.length })}
        </p>
        <p className="visually-hidden" role="status">
          {announcement}
        </p>
        {full && (
          <p className="repeating__full" role="alert">
            {t('ws.grow.full', { max: growListLimits.questions })}
          </p>
        )}
      </section>

      <div className="grow-stages" ref={listRef}>
        {growStages.map((stage) => {
          const keys = stageKeys[stage];
          const entries = data.questions
            .map((question, index) => ({ question, index }))
            .filter((entry) => entry.question.stage === stage);
          const stageHints = hints.filter((hint) => hint.id === `grow-questions/missing-${stage}`);
          return (
            <section key={stage} className="ws-section grow-stage" aria-labelledby={`grow-stage-${stage}`}>
              <h2 id={`grow-stage-${stage}`}>{t(keys.name)}</h2>
              <p className="ws-section__intro">{t(keys.help)}</p>
              <HintList id={`grow-stage-${stage}-hints`} hints={stageHints} />
              {entries.length > 0 && (
                <ol className="grow-questions">
                  {entries.map(({ question, index }, position) => {
                    const first = position === 0;
                    const last = position === entries.length - 1;
                    return (
                      <li key={question.id} data-grow-question={question.id}>
                        <fieldset className="grow-q">
                          <legend className="grow-q__legend">
                            {t('ws.grow.questionN', { stage: stageName(stage), n: position + 1 })}
                          </legend>
                          <TextField
                            label={t('ws.grow.question')}
                            value={question.text}
                            maxLength={MAX_TEXT}
                            multiline
                            hints={hintsFor(hints, `questions.${index}.text`)}
                            onChange={(text) => patchQuestion(question.id, { text })}
                          />
                          <div className="grow-q__tools">
                            <CheckboxField
                              label={t('ws.grow.asked')}
                              checked={question.asked}
                              onChange={(asked) => patchQuestion(question.id, { asked })}
                            />
                            <span className="grow-q__buttons">
                              <button
                                type="button"
                                className="button-link"
                                data-grow-move="up"
                                aria-disabled={first}
                                onClick={() => move(question, 'up')}
                              >
                                {t('ws.grow.moveUp')}
                              </button>
                              <button
                                type="button"
                                className="button-link"
                                data-grow-move="down"
                                aria-disabled={last}
                                onClick={() => move(question, 'down')}
                              >
                                {t('ws.grow.moveDown')}
                              </button>
                              <button type="button" className="button-link" onClick={() => remove(question)}>
                                {t('ws.grow.delete')}
                              </button>
                            </span>
                          </div>
                          <TextField
                            label={t('ws.grow.answer')}
                            value={question.answer}
                            maxLength={MAX_LONG}
                            multiline
                            hints={hintsFor(hints, `questions.${index}.answer`)}
                            onChange={(answer) => patchQuestion(question.id, { answer })}
                          />
                        </fieldset>
                      </li>
                    );
                  })}
                </ol>
              )}
              <button
                type="button"
                className="button button--quiet button--small"
                data-grow-add={stage}
                onClick={() => add(stage)}
              >
                {t(keys.add)}
              </button>
            </section>
          );
        })}
      </div>

      <section className="ws-section" aria-labelledby="grow-commitment">
        <h2 id="grow-commitment">{t('ws.grow.commitmentSection')}</h2>
        <TextField
          label={t('ws.grow.commitment')}
          help={t('ws.grow.commitmentHelp')}
          value={data.commitment}
          maxLength={MAX_LONG}
          multiline
          showCount
          hints={hintsFor(hints, 'commitment')}
          onChange={(commitment) => set({ commitment })}
        />
      </section>
    </>
  );
}

/**
 * Builds a new list from the prep sheet named by `?from=<id>` with the in-browser rules
 * engine (no network), or nothing when the sheet is missing or has no topic yet.
 */
const prefillFromPrepSheet: PrefillSource<'grow-questions'> = async (params, locale) => {
  const sheet = await loadPrepSheetFrom(params);
  if (!sheet) return undefined;
  const input = prepSheetForGenerator(sheet.data);
  if (input.type === 'error') return undefined;
  let data: GrowQuestionsData;
  try {
    // The rules engine (and this language's phrasing book) is loaded only for a list started
    // from a prep sheet.
    const { generateRulesQuestions } = await loadRulesEngine(locale);
    const questions = generateRulesQuestions({ locale, prep: input.prep, perStage: perStageLimits.default });
    data = growListFromQuestions(questions, { source: 'rules', sourcePrepSheetId: sheet.id });
  } catch {
    // The engine is written never to throw; if it ever does, or cannot be loaded, the page
    // still opens (and says so).
    return undefined;
  }
  return {
    data,
    title: titleFromSource('grow-questions', sheet, locale),
    ...(sheet.person ? { person: sheet.person } : {}),
  };
};

/** The island: the editor frame around the GROW question list. */
export default function GrowQuestionsWorksheet(props: WorksheetIslandProps) {
  return (
    <WorksheetEditor
      {...props}
      module={growQuestionsModule}
      Form={GrowQuestionsForm}
      prefill={prefillFromPrepSheet}
    />
  );
}
