import { sentenceRules, type Locale } from '../i18n/locales';
import { sectionText } from '../i18n/sections';
import { localDateOf } from '../dates';
import { worksheetKindInfo, type WorksheetKind } from './kinds';

/**
 * Building blocks for the Markdown export. User text is escaped so that what someone typed
 * ("# urgent", "<b>", "a | b") reads back as typed in any Markdown viewer instead of turning
 * into headings, HTML or broken tables.
 */

interface CommonMarkdownText {
  person: string;
  updated: string;
  empty: string;
  yes: string;
  no: string;
  listSeparator: string;
}

/** Words every export shares; the `markdown-common` section is loaded with each kind's writer. */
export function commonMarkdownText(locale: Locale): CommonMarkdownText {
  const t = sectionText(locale, 'markdown-common');
  return {
    person: t('md.common.person'),
    updated: t('md.common.updated'),
    empty: t('md.common.empty'),
    yes: t('md.common.yes'),
    no: t('md.common.no'),
    listSeparator: sentenceRules(locale).colon,
  };
}

/** Escapes Markdown and HTML syntax in one line of user text. */
export function escapeInline(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|#~]/g, (char) => `\\${char}`)
    .replace(/^(\s*)([-+]|\d+\.)(\s)/, '$1\\$2$3');
}

/** User text as a Markdown paragraph: each typed line kept (as a hard break), or the "not filled in" marker. */
export function paragraph(text: string, locale: Locale): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => escapeInline(line.trim()))
    .filter((line) => line !== '');
  return lines.length === 0 ? `_${commonMarkdownText(locale).empty}_` : lines.join('  \n');
}

/** One table cell: a table row cannot hold a line break, so lines are joined with " / ". */
export function cell(text: string): string {
  return text
    .split(/\r\n?|\n/)
    .map((line) => escapeInline(line.trim()))
    .filter((line) => line !== '')
    .join(' / ');
}

export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const head = `| ${headers.join(' | ')} |`;
  const rule = `| ${headers.map(() => '---').join(' | ')} |`;
  return [head, rule, ...rows.map((row) => `| ${row.map((value) => cell(value) || ' ').join(' | ')} |`)].join(
    '\n',
  );
}

/** A labelled section: `## label` and the user's text. */
export function section(label: string, text: string, locale: Locale): string {
  return `## ${label}\n\n${paragraph(text, locale)}`;
}

/** A bullet list of the non-empty entries, or the "not filled in" marker. */
export function bulletList(items: readonly string[], locale: Locale): string {
  const kept = items.map((item) => item.trim()).filter((item) => item !== '');
  return kept.length === 0
    ? `_${commonMarkdownText(locale).empty}_`
    : kept.map((item) => `- ${cell(item)}`).join('\n');
}

export interface MarkdownHeaderSource {
  kind: WorksheetKind;
  title: string;
  person?: string | undefined;
  updatedAt: string;
}

/** `# title` and one line naming the worksheet kind, the person and the date of the last change. */
export function documentHeader(doc: MarkdownHeaderSource, locale: Locale): string {
  const text = commonMarkdownText(locale);
  const kindName: string = worksheetKindInfo[doc.kind].name[locale];
  const title = doc.title.trim() === '' ? kindName : doc.title.trim();
  const facts = [kindName];
  if (doc.person !== undefined && doc.person.trim() !== '') {
    facts.push(`${text.person}${text.listSeparator}${escapeInline(doc.person.trim())}`);
  }
  facts.push(`${text.updated}${text.listSeparator}${localDateOf(doc.updatedAt)}`);
  return `# ${escapeInline(title)}\n\n${facts.join(' · ')}`;
}

/** Joins blocks with blank lines and ends the file with one newline. */
export function joinBlocks(blocks: readonly string[]): string {
  return `${blocks.filter((block) => block !== '').join('\n\n')}\n`;
}
