import { useState } from 'react';
import type { UiKey } from '../../../lib/i18n';
import { MAX_LONG } from '../../../lib/worksheets/fields';
import {
  feedbackDraftMessage,
  feedbackFrameworks,
  feedbackScenarios,
  frameworkFields,
  suggestedFramework,
  type FeedbackData,
  type FeedbackField,
  type FeedbackFramework,
  type FeedbackScenario,
  feedbackModule,
} from '../../../lib/worksheets/feedback';
import { changeScenario } from '../../../lib/worksheets/feedback/scenario-change';
import { copyText } from '../../shared/download';
import { ChoiceField, TextField, hintsFor } from '../fields';
import { FollowUp } from './feedback/FollowUp';
import { ReadAloud } from './feedback/ReadAloud';
import { WorksheetEditor, type WorksheetFormProps, type WorksheetIslandProps } from '../WorksheetEditor';

const scenarioKeys: Record<FeedbackScenario, UiKey> = {
  positive: 'ws.feedback.scenarioPositive',
  improvement: 'ws.feedback.scenarioImprovement',
  negative: 'ws.feedback.scenarioNegative',
};

const frameworkKeys: Record<FeedbackFramework, UiKey> = {
  '3e': 'ws.feedback.framework3e',
  best: 'ws.feedback.frameworkBest',
};

const fieldKeys: Record<FeedbackField, { label: UiKey; help: UiKey; placeholder: UiKey }> = {
  encourage: {
    label: 'ws.feedback.encourage',
    help: 'ws.feedback.encourageHelp',
    placeholder: 'ws.feedback.encouragePlaceholder',
  },
  explore: {
    label: 'ws.feedback.explore',
    help: 'ws.feedback.exploreHelp',
    placeholder: 'ws.feedback.explorePlaceholder',
  },
  empower: {
    label: 'ws.feedback.empower',
    help: 'ws.feedback.empowerHelp',
    placeholder: 'ws.feedback.empowerPlaceholder',
  },
  behavior: {
    label: 'ws.feedback.behavior',
    help: 'ws.feedback.behaviorHelp',
    placeholder: 'ws.feedback.behaviorPlaceholder',
  },
  effect: {
    label: 'ws.feedback.effect',
    help: 'ws.feedback.effectHelp',
    placeholder: 'ws.feedback.effectPlaceholder',
  },
  seek: {
    label: 'ws.feedback.seek',
    help: 'ws.feedback.seekHelp',
    placeholder: 'ws.feedback.seekPlaceholder',
  },
  target: {
    label: 'ws.feedback.target',
    help: 'ws.feedback.targetHelp',
    placeholder: 'ws.feedback.targetPlaceholder',
  },
};

/**
 * The 3E / BEST feedback drafter: the situation, a framework (suggested, never forced), that
 * framework's fields with their hints, and the draft as one message to read aloud.
 */
export function FeedbackForm({ data, onChange, hints, t, locale }: WorksheetFormProps<'feedback'>) {
  const [copyNotice, setCopyNotice] = useState<string>();
  const set = (patch: Partial<FeedbackData>) => {
    setCopyNotice(undefined);
    onChange({ ...data, ...patch });
  };
  const setField = (field: FeedbackField, value: string) => {
    const next = { ...data };
    next[field] = value;
    set(next);
  };
  const suggested = suggestedFramework(data.scenario);
  const fields: readonly FeedbackField[] = frameworkFields[data.framework];
  const message = feedbackDraftMessage(data, locale);

  const copy = async () => {
    setCopyNotice((await copyText(message)) ? t('ws.common.copied') : t('ws.common.copyFailed'));
  };

  return (
    <>
      <section className="ws-section" aria-labelledby="feedback-setup">
        <h2 id="feedback-setup">{t('ws.feedback.setupSection')}</h2>
        <p className="ws-section__intro">{t('ws.feedback.setupIntro')}</p>
        <ChoiceField
          label={t('ws.feedback.scenario')}
          value={data.scenario}
          options={feedbackScenarios.map((scenario) => ({
            value: scenario,
            label: t(scenarioKeys[scenario]),
          }))}
          hints={hintsFor(hints, 'scenario')}
          onChange={(scenario) => set(changeScenario(data, scenario))}
        />
        <ChoiceField
          label={t('ws.feedback.framework')}
          help={t('ws.feedback.frameworkHelp')}
          value={data.framework}
          options={feedbackFrameworks.map((framework) => {
            const label = t(frameworkKeys[framework]);
            return {
              value: framework,
              label: framework === suggested ? t('ws.feedback.suggested', { label }) : label,
            };
          })}
          hints={hintsFor(hints, 'framework')}
          onChange={(framework) => set({ framework })}
        />
      </section>

      <section className="ws-section" aria-labelledby="feedback-draft">
        <h2 id="feedback-draft">
          {t(data.framework === 'best' ? 'ws.feedback.draftBestSection' : 'ws.feedback.draft3eSection')}
        </h2>
        <p className="ws-section__intro">
          {t(data.framework === 'best' ? 'ws.feedback.draftBestIntro' : 'ws.feedback.draft3eIntro')}
        </p>
        {fields.map((field) => (
          <TextField
            key={field}
            label={t(fieldKeys[field].label)}
            help={t(fieldKeys[field].help)}
            placeholder={t(fieldKeys[field].placeholder)}
            value={data[field]}
            maxLength={MAX_LONG}
            multiline
            hints={hintsFor(hints, field)}
            onChange={(value) => setField(field, value)}
          />
        ))}
      </section>

      <ReadAloud message={message} t={t} copyNotice={copyNotice} copy={() => void copy()} />
      <FollowUp data={data} set={set} t={t} />
    </>
  );
}

/** The island: the editor frame around the feedback drafter. */
export default function FeedbackWorksheet(props: WorksheetIslandProps) {
  return <WorksheetEditor {...props} module={feedbackModule} Form={FeedbackForm} />;
}
