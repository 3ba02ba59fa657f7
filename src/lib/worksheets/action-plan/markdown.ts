import type { Locale } from '../../i18n/locales';
import { termLabel, terms } from '../../method/terms';
import { cell, commonMarkdownText, documentHeader, joinBlocks } from '../markdown';
import type { DocumentWith } from '../module';
import type { ActionPlanData, PlannedAction } from './schema';

interface ActionPlanMarkdownText {
  conversationDate: string;
  action: (number: number) => string;
  microAction: string;
  done: string;
  blocked: (reason: string) => string;
  fields: Record<'result' | 'resource' | 'responsible' | 'reviewDate' | 'risk' | 'contingency', string>;
}

const text: Record<Locale, ActionPlanMarkdownText> = {
  'zh-CN': {
    conversationDate: '谈话日期',
    action: (number) => `行动 ${number}`,
    microAction: '微行动',
    done: '已完成',
    blocked: (reason) => (reason === '' ? '受阻' : `受阻：${reason}`),
    fields: {
      result: termLabel(terms['5r'].result, 'zh-CN'),
      resource: termLabel(terms['5r'].resource, 'zh-CN'),
      responsible: termLabel(terms['5r'].responsible, 'zh-CN'),
      reviewDate: '复盘日期（Review）',
      risk: termLabel(terms['5r'].risk, 'zh-CN'),
      contingency: '预案',
    },
  },
  en: {
    conversationDate: 'Conversation date',
    action: (number) => `Action ${number}`,
    microAction: 'micro-action',
    done: 'done',
    blocked: (reason) => (reason === '' ? 'blocked' : `blocked: ${reason}`),
    fields: {
      result: termLabel(terms['5r'].result, 'en'),
      resource: termLabel(terms['5r'].resource, 'en'),
      responsible: termLabel(terms['5r'].responsible, 'en'),
      reviewDate: 'Review',
      risk: termLabel(terms['5r'].risk, 'en'),
      contingency: 'Fallback',
    },
  },
};

const fieldOrder = ['result', 'resource', 'responsible', 'reviewDate', 'risk', 'contingency'] as const;

function actionBlock(action: PlannedAction, index: number, locale: Locale): string {
  const t = text[locale];
  const common = commonMarkdownText(locale);
  const stateTag =
    action.state === 'done'
      ? `${t.done}${action.doneOn === '' ? '' : ` ${action.doneOn}`}`
      : action.state === 'blocked'
        ? t.blocked(cell(action.blockedReason))
        : '';
  const tags = [action.microAction ? t.microAction : '', stateTag].filter((tag) => tag !== '');
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
