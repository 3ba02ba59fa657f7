import type { zhPrepSheetMarkdown } from '../zh-CN-parts/prep-sheet-markdown';

/** Headings and words of the prep sheet's Markdown export (keys start with `md.prepSheet.`). */
export const enPrepSheetMarkdown: Record<keyof typeof zhPrepSheetMarkdown, string> = {
  'md.prepSheet.meetingDate': 'Meeting date',
  'md.prepSheet.employeeSide': 'From the employee',
  'md.prepSheet.topics': 'Topics to discuss',
  'md.prepSheet.wins': 'What went best',
  'md.prepSheet.puzzles': 'Biggest puzzles',
  'md.prepSheet.supportNeeded': 'Support needed',
  'md.prepSheet.managerSide': 'From the manager',
  'md.prepSheet.metrics': 'Key metrics',
  'md.prepSheet.metricColumns.0': 'Metric',
  'md.prepSheet.metricColumns.1': 'Previous',
  'md.prepSheet.metricColumns.2': 'Current',
  'md.prepSheet.metricColumns.3': 'Target',
  'md.prepSheet.projects': 'Project progress',
  'md.prepSheet.projectColumns.0': 'Project',
  'md.prepSheet.projectColumns.1': 'Progress',
};
