import type { Locale } from '../../i18n/locales';
import { pluralOf } from '../../i18n/plural';
import { sectionText } from '../../i18n/sections';
import { commonMarkdownText, documentHeader, escapeInline, joinBlocks, section, table } from '../markdown';
import type { DocumentWith } from '../module';
import { observerScore } from './score';
import {
  bestParts,
  fiveRParts,
  growStages,
  prepSteps,
  threeEParts,
  type ObserverChecklistData,
} from './schema';

const checkItem = (done: boolean, label: string) => `- [${done ? 'x' : ' '}] ${label}`;

/** The printable debrief summary: who played what, the score, the debrief, then the ticks and notes. */
export function observerChecklistToMarkdown(
  doc: DocumentWith<ObserverChecklistData>,
  locale: Locale,
): string {
  const t = sectionText(locale, 'observer-checklist-markdown');
  // A ticked item is named as the form names it: one key per phrase, the form's.
  const form = sectionText(locale, 'observer-labels');
  const common = commonMarkdownText(locale);
  const { data } = doc;
  const score = observerScore(data);
  const sep = common.listSeparator;
  const name = (value: string) => (value.trim() === '' ? `_${common.empty}_` : escapeInline(value.trim()));

  const facts = [
    `**${t('md.observer.scenario')}**${sep}${name(data.scenario)}`,
    [
      `**${t('md.observer.manager')}**${sep}${name(data.roles.manager)}`,
      `**${t('md.observer.employee')}**${sep}${name(data.roles.employee)}`,
      `**${t('md.observer.observer')}**${sep}${name(data.roles.observer)}`,
    ].join(' · '),
  ].join('  \n');

  const rows = score.sections.map((entry) => [
    form(`ws.observer.${entry.section}`),
    entry.inPlay ? `${entry.done} / ${entry.total}` : t('md.observer.notInPlay'),
  ]);
  const columns = [t('md.observer.scoreColumns.0'), t('md.observer.scoreColumns.1')];
  const scoreLine = t('md.observer.scoreLine', { done: score.done, total: score.total });
  const scoreBlock = `## ${t('md.observer.score')}\n\n**${scoreLine}**\n\n${table(columns, rows)}`;
  const growCount = (count: number) => t(`md.observer.growCount.${pluralOf(count, locale)}`, { count });

  const detail: string[] = [];
  if (data.inPlay.prep) {
    detail.push(
      `## ${form('ws.observer.prep')}\n\n${[
        ...prepSteps.map((step) => checkItem(data.prep[step], form(`ws.observer.prep.${step}`))),
        checkItem(data.prepInOrder, form('ws.observer.prepInOrder')),
      ].join('\n')}`,
    );
  }
  detail.push(
    `## ${form('ws.observer.grow')}\n\n${growStages
      .map((stage) =>
        checkItem(
          data.grow[stage] > 0,
          `${form(`ws.observer.grow.${stage}`)}${sep}${growCount(data.grow[stage])}`,
        ),
      )
      .join('\n')}`,
  );
  if (data.inPlay.threeE) {
    detail.push(
      `## ${form('ws.observer.threeE')}\n\n${threeEParts.map((part) => checkItem(data.threeE[part], form(`ws.observer.threeE.${part}`))).join('\n')}`,
    );
  }
  if (data.inPlay.best) {
    detail.push(
      `## ${form('ws.observer.best')}\n\n${bestParts.map((part) => checkItem(data.best[part], form(`ws.observer.best.${part}`))).join('\n')}`,
    );
  }
  detail.push(
    `## ${form('ws.observer.fiveR')}\n\n${[
      ...fiveRParts.map((part) => checkItem(data.fiveR[part], form(`ws.observer.fiveR.${part}`))),
      checkItem(data.microAction, form('ws.observer.microAction')),
    ].join('\n')}`,
  );

  return joinBlocks([
    documentHeader(doc, locale),
    facts,
    scoreBlock,
    section(form('ws.observer.wentWell'), data.wentWell, locale),
    section(form('ws.observer.tryNext'), data.tryNext, locale),
    ...detail,
    section(form('ws.observer.quotes'), data.quotes, locale),
    section(form('ws.observer.moments'), data.moments, locale),
  ]);
}
