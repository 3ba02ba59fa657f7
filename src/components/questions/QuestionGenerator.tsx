import { useEffect, useMemo, useState } from 'react';
import type { Locale } from '../../lib/i18n/locales';
import { perStageLimits } from '../../lib/grow/request';
import { createWorksheet, type WorksheetDoc } from '../../lib/worksheets/document';
import { prepSheetForGenerator } from '../../lib/worksheets/prep-sheet/generator';
import { prepSheetModule } from '../../lib/worksheets/prep-sheet';
import { registerWorksheetModule } from '../../lib/worksheets/registry';
import { describeUnexpectedError } from '../../storage/messages';
import { copyText } from '../shared/download';
import { islandTranslator, type IslandStrings } from '../shared/island-strings';
import { aiRequestBody, fetchAiAvailable } from './generate-client';
import { GenerateBar } from './GenerateBar';
import { useGeneration } from './use-generation';
import { loadChosenSheet } from './load-chosen-sheet';
import { PrepSection } from './PrepSection';
import { usePrepSheetHints } from './use-prep-sheet-hints';
import { OptionsSection } from './OptionsSection';
import { ResultSection } from './ResultSection';
import { saveQuestionsAsList } from './save-list';
import { questionsAsText } from './question-text';

interface Props {
  locale: Locale;
  strings: IslandStrings;
}

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
  const [problem, setProblem] = useState<string>();
  const [notice, setNotice] = useState<{ text: string; href?: string }>();
  const [mounted, setMounted] = useState(false);
  // A saved sheet shows as a summary until the user chooses to edit it here.
  const [editing, setEditing] = useState(false);
  // AI is offered only when the site has a model; the page asks without sending any prep text.
  const [aiAvailable, setAiAvailable] = useState(false);
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
    const chosen = await loadChosenSheet(id, t);
    if (chosen.type === 'sheet') setPrepDoc(chosen.doc);
    else setSourceId('');
    setProblem(chosen.type === 'problem' ? chosen.message : undefined);
  }

  const hints = usePrepSheetHints(prepDoc.data, locale);
  const input = useMemo(() => prepSheetForGenerator(prepDoc.data), [prepDoc.data]);
  const request = input.type === 'success' ? { locale, prep: input.prep, perStage } : undefined;

  const { busy, seed, outcome, questions, setQuestions, generate } = useGeneration((message) =>
    setProblem(message),
  );
  const run = (nextSeed: number) => {
    if (!request) return setProblem(t('q.needTopic'));
    setProblem(undefined);
    setNotice(undefined);
    void generate(request, aiAvailable ? mode : 'rules', nextSeed, t('q.engineUnavailable'));
  };

  async function saveAsList() {
    const questionsToSave = questions.filter((q) => q.text.trim() !== '');
    setNotice(await saveQuestionsAsList(questionsToSave, { outcome, sourceId, prepDoc, locale, t }));
  }

  async function copyAll() {
    setNotice({ text: (await copyText(questionsAsText(questions, t))) ? t('q.copied') : t('q.copyFailed') });
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
      <PrepSection
        t={t}
        locale={locale}
        prepDoc={prepDoc}
        setPrepDoc={setPrepDoc}
        hints={hints}
        sourceId={sourceId}
        listAtOnce={fromAddress}
        choose={(id) => void choosePrepSheet(id)}
        onFailure={() => setProblem(describeUnexpectedError(t))}
        editing={editing}
        setEditing={setEditing}
      />

      <OptionsSection
        t={t}
        aiAvailable={aiAvailable}
        mode={mode}
        setMode={setMode}
        perStage={perStage}
        setPerStage={setPerStage}
        sentBody={request ? aiRequestBody(request) : undefined}
        problem={problem}
      />

      <GenerateBar
        t={t}
        busy={busy}
        again={outcome !== undefined}
        generate={(another) => run(another ? seed + 1 : seed)}
      />

      <ResultSection
        t={t}
        locale={locale}
        busy={busy}
        outcome={outcome}
        questions={questions}
        setQuestions={setQuestions}
        notice={notice}
        saveAsList={() => void saveAsList()}
        copyAll={() => void copyAll()}
      />
    </div>
  );
}
