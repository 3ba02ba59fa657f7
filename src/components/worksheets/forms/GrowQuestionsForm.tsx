import { useState } from 'react';
import { loadRulesEngine } from '../../../lib/grow/load-rules-engine';
import { growStages } from '../../../lib/grow/question';
import { perStageLimits } from '../../../lib/grow/request';
import { MAX_LONG } from '../../../lib/worksheets/fields';
import { growQuestionsModule } from '../../../lib/worksheets/grow-questions';
import {
  listFromPrepSheet,
  listHasContent,
  openedBlank as isOpenedBlank,
} from '../../../lib/worksheets/grow-questions/form-rules';
import { prepSheetForGenerator } from '../../../lib/worksheets/prep-sheet/generator';
import { TextField, hintsFor } from '../fields';
import type { PrefillSource } from '../use-worksheet';
import { WorksheetEditor, type WorksheetFormProps, type WorksheetIslandProps } from '../WorksheetEditor';
import { GrowChooser } from './grow-questions/GrowChooser';
import { GrowListSection } from './grow-questions/GrowListSection';
import { GrowStageSection } from './grow-questions/GrowStageSection';
import { useGrowList } from './grow-questions/use-grow-list';
import { loadPrepSheetFrom, useMissingSource } from './prep-source';

/**
 * The GROW question list: questions per stage, written by hand or drafted from a prep sheet,
 * reordered within their stage, ticked when asked, with the answer and the Will commitment.
 */
export function GrowQuestionsForm(props: WorksheetFormProps<'grow-questions'>) {
  const { data, onChange, hints, t, locale, doc } = props;
  const [openedBlank] = useState(isOpenedBlank(data, doc.revision));
  const sourceMissing = useMissingSource(doc, data.sourcePrepSheetId);
  const actions = useGrowList(data, onChange, t);

  return (
    <>
      {sourceMissing && (
        <div className="banner banner--warning" role="alert">
          <p>{t('ws.grow.fromMissing')}</p>
        </div>
      )}
      {openedBlank && <GrowChooser hasContent={listHasContent(data)} t={t} locale={locale} />}
      <GrowListSection {...props} actions={actions} />
      <div className="grow-stages" ref={actions.listRef}>
        {growStages.map((stage) => (
          <GrowStageSection key={stage} {...props} stage={stage} actions={actions} />
        ))}
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
          onChange={(commitment) => onChange({ ...data, commitment })}
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
  try {
    // The rules engine (and this language's phrasing book) is loaded only for a list started
    // from a prep sheet.
    const { generateRulesQuestions } = await loadRulesEngine(locale);
    const questions = generateRulesQuestions({ locale, prep: input.prep, perStage: perStageLimits.default });
    return listFromPrepSheet(sheet, questions, locale);
  } catch {
    // The engine is written never to throw; if it ever does, or cannot be loaded, the page
    // still opens (and says so).
    return undefined;
  }
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
