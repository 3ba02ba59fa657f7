import type { Locale } from '../../i18n/locales';
import { cell, commonMarkdownText, documentHeader, joinBlocks } from '../markdown';
import type { DocumentWith } from '../module';
import type { ActionPlanData, PlannedAction } from './schema';

interface ActionPlanMarkdownText {
  conversationDate: string;
  action: (number: number) => string;
  microAction: string;
  done: string;
  fields: Record<'result' | 'resource' | 'responsible' | 'reviewDate' | 'risk' | 'contingency', string>;
}

const text: Record<Locale, ActionPlanMarkdownText> = {
  'zh-CN': {
    conversationDate: '谈话日期',
    action: (number) => `行动 ${number}`,
    microAction: '微行动',
    done: '已完成',
    fields: {
      result: '成果（Result）',
      resource: '资源（Resource）',
      responsible: '负责人（Responsible）',
      reviewDate: '复盘日期（Review）',
      risk: '风险（Risk）',
      contingency: '预案',
    },
  },
  en: {
    conversationDate: 'Conversation date',
    action: (number) => `Action ${number}`,
    microAction: 'micro-action',
    done: 'done',
    fields: {
      result: 'Result',
      resource: 'Resource',
      responsible: 'Responsible',
      reviewDate: 'Review',
      risk: 'Risk',
      contingency: 'Fallback',
    },
  },
};

const fieldOrder = ['result', 'resource', 'responsible', 'reviewDate', 'risk', 'contingency'] as const;

function actionBlock(action: PlannedAction, index: number, locale: Locale): string {
  const t = text[locale];
  const common = commonMarkdownText(locale);
  const tags = [action.microAction ? t.microAction : '', action.done ? t.done : ''].filter(
    (tag) => tag !== '',
  );
  const heading = `### ${t.action(index + 1)}${tags.length > 0 ? ` (${tags.join(', ')})` : ''}`;
  const lines = fieldOrder.map((field) => {
    const value = cell(action[field]);
    return `- **${t.fields[field]}**${common.listSeparator}${value === '' ? `_${common.empty}_` : value}`;
  });
  return `${heading}\n\n${lines.join('\n')}`;
}

export function actionPlanToMarkdown(doc: DocumentWith<ActionPlanData>, locale: Locale): string {
  const t = text[locale];
  const common = commonMarkdownText(locale);
  const date = doc.data.conversationDate === '' ? `_${common.empty}_` : doc.data.conversationDate;
  return joinBlocks([
    documentHeader(doc, locale),
    `**${t.conversationDate}**${common.listSeparator}${date}`,
    ...doc.data.actions.map((action, index) => actionBlock(action, index, locale)),
  ]);
}
