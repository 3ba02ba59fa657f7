import type { Locale } from '../../i18n/locales';
import { bulletList, documentHeader, joinBlocks, paragraph, table } from '../markdown';
import type { DocumentWith } from '../module';
import type { PrepSheetData } from './schema';

interface PrepSheetMarkdownText {
  meetingDate: string;
  employeeSide: string;
  topics: string;
  wins: string;
  puzzles: string;
  supportNeeded: string;
  managerSide: string;
  metrics: string;
  metricColumns: readonly [string, string, string, string];
  projects: string;
  projectColumns: readonly [string, string];
}

const text: Record<Locale, PrepSheetMarkdownText> = {
  'zh-CN': {
    meetingDate: '谈话日期',
    employeeSide: '员工填写',
    topics: '最想聊的话题',
    wins: '做得最好的',
    puzzles: '最困惑的',
    supportNeeded: '需要的支持',
    managerSide: '经理补充',
    metrics: '关键指标',
    metricColumns: ['指标', '上期', '本期', '目标'],
    projects: '项目进展',
    projectColumns: ['项目', '进展'],
  },
  en: {
    meetingDate: 'Meeting date',
    employeeSide: 'From the employee',
    topics: 'Topics to discuss',
    wins: 'What went best',
    puzzles: 'Biggest puzzles',
    supportNeeded: 'Support needed',
    managerSide: 'From the manager',
    metrics: 'Key metrics',
    metricColumns: ['Metric', 'Previous', 'Current', 'Target'],
    projects: 'Project progress',
    projectColumns: ['Project', 'Progress'],
  },
};

export function prepSheetToMarkdown(doc: DocumentWith<PrepSheetData>, locale: Locale): string {
  const t = text[locale];
  const { data } = doc;
  const metrics = data.metrics.filter((metric) => metric.name.trim() !== '');
  const projects = data.projects.filter((project) => project.name.trim() !== '');
  return joinBlocks([
    documentHeader(doc, locale),
    `**${t.meetingDate}**  \n${paragraph(data.meetingDate, locale)}`,
    `## ${t.employeeSide}`,
    `### ${t.topics}\n\n${bulletList(data.topics, locale)}`,
    `### ${t.wins}\n\n${bulletList(data.wins, locale)}`,
    `### ${t.puzzles}\n\n${bulletList(data.puzzles, locale)}`,
    `### ${t.supportNeeded}\n\n${bulletList(data.supportNeeded, locale)}`,
    `## ${t.managerSide}`,
    `### ${t.metrics}\n\n${
      metrics.length === 0
        ? paragraph('', locale)
        : table(
            t.metricColumns,
            metrics.map((metric) => [metric.name, metric.previous, metric.current, metric.target]),
          )
    }`,
    `### ${t.projects}\n\n${
      projects.length === 0
        ? paragraph('', locale)
        : table(
            t.projectColumns,
            projects.map((project) => [project.name, project.progress]),
          )
    }`,
  ]);
}
