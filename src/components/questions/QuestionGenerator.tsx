import { useEffect, useMemo, useState } from 'react';
import type { UiKey } from '../../lib/i18n';
import type { Locale } from '../../lib/i18n/locales';
import { joinSentences } from '../../lib/i18n/sentences';
import { growStages, type GrowQuestion, type GrowStage } from '../../lib/grow/question';
import { perStageLimits } from '../../lib/grow/request';
import { createWorksheet, type WorksheetDoc } from '../../lib/worksheets/document';
import { growListFromQuestions } from '../../lib/worksheets/flows/grow-list';
import { prepSheetForGenerator } from '../../lib/worksheets/prep-sheet/generator';
import { prepSheetHints } from '../../lib/worksheets/prep-sheet/hints';
import { isSectionLoaded, loadSections } from '../../lib/i18n/sections';
import { prepSheetModule } from '../../lib/worksheets/prep-sheet';
import type { PrepSheetData } from '../../lib/worksheets/prep-sheet';
import { loadWorksheetModules, registerWorksheetModule } from '../../lib/worksheets/registry';
import { loadWorksheetStore } from '../../storage/load';
import { describeUnexpectedError } from '../../storage/messages';
import { copyText } from '../shared/download';
import { ChoiceField } from '../worksheets/fields';
import { PrepSheetForm } from '../worksheets/forms/PrepSheetForm';
import { islandTranslator, type IslandStrings } from '../shared/island-strings';
import {
  aiRequestBody,
  fetchAiAvailable,
  generateQuestions,
  type GenerationOutcome,
} from './generate-client';
import { QuestionListEditor, type EditableQuestion } from './QuestionListEditor';
import { SavedPrepSheetPicker } from './SavedPrepSheetPicker';
import { worksheetHref } from '../../lib/worksheets/href';

interface Props {
  locale: Locale;
  strings: IslandStrings;
}

const stageKeys: Record<GrowStage, UiKey> = {
  goal: 'q.stage.goal',
  reality: 'q.stage.reality',
  options: 'q.stage.options',
  will: 'q.stage.will',
};

/** One sentence for where the questions came from and, if the AI was not used, why. */
function explainOutcome(
  outcome: GenerationOutcome,
  t: (key: UiKey, params?: Record<string, string | number>) => string,
  locale: Locale,
) {
  if (outcome.source === 'ai') return t('q.source.ai');
  const reason = outcome.localReason
    ? t(`q.local.${outcome.localReason}` as UiKey, { seconds: outcome.retryAfter ?? 60 })
    : outcome.serverReason
      ? t(`q.reason.${outcome.serverReason}` as UiKey)
      : undefined;
  return reason ? joinSentences(locale, t('q.source.rules'), reason) : t('q.source.rulesChosen');
}

/** A saved prep sheet at a glance: what the questions will be built from. */
function PrepSummary(props: {
  data: PrepSheetData;
  t: (key: UiKey, params?: Record<string, string | number>) => string;
  onEdit: () => void;
  href: string;
}) {
  const { data, t } = props;
  const written = (items: readonly string[]) =>
    items.map((item) => item.trim()).filter((item) => item !== '');
  const metrics = data.metrics
    .filter((metric) => metric.name.trim() !== '')
    .map((metric) =>
      [
        metric.name,
        [metric.previous, metric.current].filter((v) => v.trim() !== '').join(' → '),
        metric.target,
      ]
        .filter((part) => part.trim() !== '')
        .join(' · '),
    );
  const rows: [UiKey, string[]][] = [
    ['q.summaryTopics', written(data.topics)],
    ['q.summaryPuzzles', written(data.puzzles)],
    ['q.summaryMetrics', metrics],
  ];
  return (
    <div className="q-summary">
      <dl>
        {rows.map(([key, items]) => (
          <div key={key} className="q-summary__row">
            <dt>{t(key)}</dt>
            <dd>
              {items.length === 0 ? (
                <span className="field__help">{t('q.summaryNone')}</span>
              ) : (
                <ul>
                  {items.map((item, index) => (
                    <li key={index}>{item}</li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
        ))}
      </dl>
      <p className="actions">
        <button type="button" className="button button--small button--quiet" onClick={props.onEdit}>
          {t('q.edit')}
        </button>
        <a className="button-link" href={props.href}>
          {t('q.openSheet')}
        </a>
      </p>
    </div>
  );
}

let nextId = 0;
const withIds = (questions: readonly GrowQuestion[]): EditableQuestion[] =>
  questions.map((question) => ({ ...question, id: `g${++nextId}` }));

/**
 * The question generator page: a prep sheet (chosen from saved ones or filled here), the
 * mode, and the generated GROW questions, editable, savable as a GROW list, copyable and
 * printable. Rules mode runs in this browser and sends nothing anywhere.
 */
export default function QuestionGenerator({ locale, strings }: Props) {
  const t = useMemo(() => islandTranslator(strings), [strings]);
  const [prepDoc, setPrepDoc] = useState<WorksheetDoc<'prep-sheet'>>(() => {
    // The inline prep sheet is created at the first render: its module is the page's own.
    registerWorksheetModule(prepSheetModule);
    return createWorksheet('prep-sheet', { locale, id: 'inline' });
  });
  const [sourceId, setSourceId] = useState<string>('');
  // Set when the address names a prep sheet (`?from=`): the saved ones are listed at once.
  const [fromAddress, setFromAddress] = useState(false);
  const [mode, setMode] = useState<'ai' | 'rules'>('rules');
  const [perStage, setPerStage] = useState<number>(perStageLimits.default);
  const [seed, setSeed] = useState(0);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<GenerationOutcome>();
  const [questions, setQuestions] = useState<EditableQuestion[]>([]);
  const [problem, setProblem] = useState<string>();
  const [notice, setNotice] = useState<{ text: string; href?: string }>();
  const [mounted, setMounted] = useState(false);
  // AI is offered only when the site has a model; the page asks without sending any prep text.
  const [aiAvailable, setAiAvailable] = useState(false);
  // A saved sheet shows as a summary until the user chooses to edit it here.
  const [editing, setEditing] = useState(false);

  useEffect(() => {
    setMounted(true);
    void fetchAiAvailable().then(setAiAvailable);
    const from = new URL(window.location.href).searchParams.get('from');
    if (from) {
      setFromAddress(true);
      void choosePrepSheet(from);
    }
    // Runs once on mount: the address is read once, like a form’s initial value.
  }, []);

  async function choosePrepSheet(id: string) {
    setSourceId(id);
    setEditing(false);
    if (id === '') return;
    let result;
    try {
      result = await (await loadWorksheetStore()).load(id);
    } catch {
      setSourceId('');
      setProblem(t('ws.common.moduleUnavailable'));
      return;
    }
    if (result.type === 'success' && result.doc.kind === 'prep-sheet') {
      setPrepDoc({ ...result.doc, id: 'inline' });
      setProblem(undefined);
    } else {
      setSourceId('');
      setProblem(t('q.prepMissing'));
    }
  }

  // The hints' words (this page's language only) load after the first paint.
  const [hintWords, setHintWords] = useState(() => isSectionLoaded(locale, 'prep-sheet-hints'));
  useEffect(() => {
    if (!hintWords)
      loadSections(locale, ['prep-sheet-hints']).then(
        () => setHintWords(true),
        () => undefined,
      );
  }, [hintWords, locale]);
  const hints = useMemo(
    () => (hintWords ? prepSheetHints(prepDoc.data, locale) : []),
    [hintWords, prepDoc.data, locale],
  );
  const input = useMemo(() => prepSheetForGenerator(prepDoc.data), [prepDoc.data]);
  const request = input.type === 'success' ? { locale, prep: input.prep, perStage } : undefined;

  async function generate(nextSeed: number) {
    if (!request) {
      setProblem(t('q.needTopic'));
      return;
    }
    setBusy(true);
    setProblem(undefined);
    setNotice(undefined);
    try {
      const result = await generateQuestions(request, aiAvailable ? mode : 'rules', nextSeed);
      setSeed(nextSeed);
      setOutcome(result);
      setQuestions(withIds(result.questions));
    } catch {
      // The rules engine is a chunk of its own: a lost connection or a new deploy can keep it
      // from loading. What the user typed stays; they can try again.
      setProblem(t('q.engineUnavailable'));
    } finally {
      setBusy(false);
    }
  }

  async function saveAsList() {
    const data = growListFromQuestions(
      questions.filter((q) => q.text.trim() !== ''),
      { source: outcome?.source ?? 'rules', ...(sourceId ? { sourcePrepSheetId: sourceId } : {}) },
    );
    try {
      await loadWorksheetModules(['grow-questions']);
    } catch {
      setNotice({ text: t('ws.common.moduleUnavailable') });
      return;
    }
    const doc = createWorksheet('grow-questions', {
      locale,
      data,
      ...(prepDoc.person ? { person: prepDoc.person } : {}),
      title: prepDoc.title ? t('q.listTitleFrom', { title: prepDoc.title }) : t('q.listTitle'),
    });
    let result;
    try {
      result = await (await loadWorksheetStore()).save(doc);
    } catch {
      setNotice({ text: t('ws.common.moduleUnavailable') });
      return;
    }
    if (result.type === 'success') {
      setNotice({
        text: t('q.savedList'),
        href: worksheetHref('grow-questions', locale, { id: result.doc.id }),
      });
    } else {
      setNotice({ text: describeUnexpectedError(t) });
    }
  }

  async function copyAll() {
    const text = growStages
      .map((stage) => {
        const lines = questions
          .filter((q) => q.stage === stage && q.text.trim() !== '')
          .map((q) => `- ${q.text}`);
        return `${t(stageKeys[stage])}\n${lines.join('\n')}`;
      })
      .join('\n\n');
    setNotice({ text: (await copyText(text)) ? t('q.copied') : t('q.copyFailed') });
  }

  // Until hydrated, show a placeholder rather than inputs whose typing would be lost.
  if (!mounted) {
    return (
      <p className="ws-loading" role="status">
        {t('q.loading')}
      </p>
    );
  }

  return (
    <div className="ws-app q-app">
      <section className="ws-section no-print" aria-labelledby="q-prep">
        <h2 id="q-prep">{t('q.prepHeading')}</h2>
        <p className="ws-section__intro">{t('q.prepIntro')}</p>
        <SavedPrepSheetPicker
          t={t}
          locale={locale}
          sourceId={sourceId}
          listAtOnce={fromAddress}
          onChoose={(id) => void choosePrepSheet(id)}
          onFailure={() => setProblem(describeUnexpectedError(t))}
        />
        {sourceId !== '' && !editing ? (
          <PrepSummary
            data={prepDoc.data}
            t={t}
            onEdit={() => setEditing(true)}
            href={worksheetHref('prep-sheet', locale, { id: sourceId })}
          />
        ) : (
          <div className="ws-form">
            {sourceId !== '' && <p className="field__help">{t('q.editNote')}</p>}
            <PrepSheetForm
              data={prepDoc.data}
              onChange={(data) => setPrepDoc({ ...prepDoc, data })}
              hints={hints}
              t={t}
              locale={locale}
              doc={prepDoc}
              embedded
            />
          </div>
        )}
      </section>

      <section className="ws-section no-print" aria-labelledby="q-options">
        <h2 id="q-options">{t('q.optionsHeading')}</h2>
        <div className="field-row">
          {aiAvailable && (
            <ChoiceField
              label={t('q.mode')}
              value={mode}
              options={[
                { value: 'rules', label: t('q.modeRules') },
                { value: 'ai', label: t('q.modeAi') },
              ]}
              onChange={setMode}
            />
          )}
          <div className="field">
            <label className="field__label" htmlFor="q-per-stage">
              {t('q.perStage')}
            </label>
            <select
              id="q-per-stage"
              value={perStage}
              onChange={(event) => setPerStage(Number(event.currentTarget.value))}
            >
              {[1, 2, 3, 4, 5].map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </div>
        </div>
        {aiAvailable && mode === 'ai' ? (
          <details className="q-sent">
            <summary>{t('q.aiSentSummary')}</summary>
            <p className="field__help">{t('q.aiSentExplain')}</p>
            <pre className="q-sent__body">{request ? aiRequestBody(request) : t('q.needTopic')}</pre>
          </details>
        ) : (
          <p className="field__help">{t('q.rulesPrivacy')}</p>
        )}
        {problem && (
          <p className="banner banner--error" role="alert">
            {problem}
          </p>
        )}
      </section>

      {/* Pinned to the bottom of the screen while the sheet above is long: "generate" stays in view. */}
      <div className="q-generate no-print">
        <button type="button" className="button" disabled={busy} onClick={() => void generate(seed)}>
          {busy ? t('q.generating') : t('q.generate')}
        </button>
        {outcome && (
          <button
            type="button"
            className="button button--quiet"
            disabled={busy}
            onClick={() => void generate(seed + 1)}
          >
            {t('q.anotherSet')}
          </button>
        )}
      </div>

      <section className="ws-section" aria-labelledby="q-result" aria-busy={busy}>
        <h2 id="q-result">{t('q.resultHeading')}</h2>
        {outcome ? (
          <>
            <p
              className={`banner ${outcome.localReason || outcome.serverReason ? 'banner--warning' : 'banner--info'}`}
              role="status"
            >
              {explainOutcome(outcome, t, locale)}
              {outcome.serverMessage ? ` ${outcome.serverMessage}` : ''}
            </p>
            <QuestionListEditor questions={questions} onChange={setQuestions} t={t} stageKeys={stageKeys} />
            <div className="banner__actions no-print">
              <button type="button" className="button button--small" onClick={() => void saveAsList()}>
                {t('q.saveList')}
              </button>
              <button
                type="button"
                className="button button--small button--quiet"
                onClick={() => void copyAll()}
              >
                {t('q.copy')}
              </button>
              <button
                type="button"
                className="button button--small button--quiet"
                onClick={() => window.print()}
              >
                {t('q.print')}
              </button>
            </div>
            {notice && (
              <p className="banner banner--info no-print" role="status">
                {notice.text} {notice.href && <a href={notice.href}>{t('q.openList')}</a>}
              </p>
            )}
          </>
        ) : (
          <p className="field__help">{t('q.resultEmpty')}</p>
        )}
      </section>
    </div>
  );
}
