import { sectionText } from '../../i18n/sections';
import type { Locale } from '../../i18n/locales';
import { cell, commonMarkdownText, documentHeader, joinBlocks } from '../markdown';
import type { DocumentWith } from '../module';
import type { ActionPlanData, PlannedAction } from './schema';

const fieldOrder = ['result', 'resource', 'responsible', 'reviewDate', 'risk', 'contingency'] as const;

function actionBlock(action: PlannedAction, index: number, locale: Locale): string {
  const t = sectionText(locale, 'action-plan-markdown');
  const blockedText = (reason: string) =>
    reason === '' ? t('md.actionPlan.blocked.bare') : t('md.actionPlan.blocked.withReason', { reason });
  const common = commonMarkdownText(locale);
  const stateTag =
    action.state === 'done'
      ? `${t('md.actionPlan.done')}${action.doneOn === '' ? '' : ` ${action.doneOn}`}`
      : action.state === 'blocked'
        ? blockedText(cell(action.blockedReason))
        : '';
  const tags = [action.microAction ? t('md.actionPlan.microAction') : '', stateTag].filter(
    (tag) => tag !== '',
  );
  const heading = `### ${t('md.actionPlan.action', { number: index + 1 })}${tags.length > 0 ? ` (${tags.join(', ')})` : ''}`;
  const lines = fieldOrder.map((field) => {
    const value = cell(action[field]);
    return `- **${t(`md.actionPlan.fields.${field}`)}**${common.listSeparator}${value === '' ? `_${common.empty}_` : value}`;
  });
  return `${heading}\n\n${lines.join('\n')}`;
}

export function actionPlanToMarkdown(doc: DocumentWith<ActionPlanData>, locale: Locale): string {
  const t = sectionText(locale, 'action-plan-markdown');
  const common = commonMarkdownText(locale);
  const date = doc.data.conversationDate === '' ? `_${common.empty}_` : doc.data.conversationDate;
  return joinBlocks([
    documentHeader(doc, locale),
    `**${t('md.actionPlan.conversationDate')}**${common.listSeparator}${date}`,
    ...doc.data.actions.map((action, index) => actionBlock(action, index, locale)),
  ]);
}
