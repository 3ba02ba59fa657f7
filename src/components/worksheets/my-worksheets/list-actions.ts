import type { Locale } from '../../../lib/i18n/locales';
import { joinSentences } from '../../../lib/i18n/sentences';
import {
  displayTitle,
  titleForCopy,
  type WorksheetDoc,
  type WorksheetSummary,
} from '../../../lib/worksheets/document';
import { exportFileName, parseImportFile, serializeExportFile } from '../../../lib/worksheets/export-file';
import { planImport, type ImportPlan, type ImportResolution } from '../../../lib/worksheets/import-plan';
import { loadAllWorksheetModules } from '../../../lib/worksheets/registry';
import { describeUnexpectedError, getWorksheetStore } from '../../../storage';
import { describeLoadErrorLater, loadWorksheetErrors } from '../../shared/describe-load-error-later';
import { downloadText } from '../../shared/download';
import type { IslandTranslate } from '../../shared/island-strings';

/** What My worksheets says after an action: a line, maybe details, as information or as an error. */
export type ListMessage = { tone: 'info' | 'error'; text: string; details?: string[] };

/** An import waiting for the user's answer to "keep both or replace". */
export interface PendingImport {
  plan: ImportPlan;
  failures: string[];
}

/** What every action needs: words, the language, and a way to show its outcome and re-read the list. */
export interface ListContext {
  t: IslandTranslate;
  locale: Locale;
  show: (message: ListMessage | undefined) => void;
  refresh: () => Promise<void>;
}

/** Import files larger than this are refused unread. */
const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

const unexpected = (ctx: ListContext): ListMessage => ({
  tone: 'error',
  text: describeUnexpectedError(ctx.t),
});

/** Deletes a worksheet; returns it (for undo) when it was deleted. */
export async function removeWorksheet(
  ctx: ListContext,
  summary: WorksheetSummary,
): Promise<WorksheetDoc | undefined> {
  const result = await getWorksheetStore().remove(summary.id);
  ctx.show(
    result.type === 'success'
      ? { tone: 'info', text: ctx.t('ws.list.deleted', { title: displayTitle(summary, ctx.locale) }) }
      : unexpected(ctx),
  );
  await ctx.refresh();
  return result.type === 'success' ? result.removed : undefined;
}

/** Puts a deleted worksheet back (undo). */
export async function restoreWorksheet(ctx: ListContext, doc: WorksheetDoc): Promise<void> {
  const result = await getWorksheetStore().restore(doc);
  ctx.show(
    result.type === 'success'
      ? { tone: 'info', text: ctx.t('ws.list.restored', { title: displayTitle(doc, ctx.locale) }) }
      : unexpected(ctx),
  );
  await ctx.refresh();
}

export async function duplicateWorksheet(ctx: ListContext, summary: WorksheetSummary): Promise<void> {
  const title = titleForCopy(displayTitle(summary, ctx.locale), ctx.t('ws.list.copyTitle'));
  const result = await getWorksheetStore().duplicate(summary.id, { title });
  ctx.show(
    result.type === 'success'
      ? { tone: 'info', text: ctx.t('ws.list.duplicated', { title }) }
      : unexpected(ctx),
  );
  await ctx.refresh();
}

/** Renames a worksheet; `true` when the new title is stored. */
export async function renameWorksheet(ctx: ListContext, id: string, title: string): Promise<boolean> {
  const result = await getWorksheetStore().rename(id, title.trim());
  if (result.type === 'success') {
    ctx.show({ tone: 'info', text: ctx.t('ws.list.renamed') });
  } else if (result.type === 'error' && result.code !== 'unexpected' && result.code !== 'not_found') {
    const text = await describeLoadErrorLater(result, ctx.locale, ctx.t('ws.common.moduleUnavailable'));
    ctx.show({ tone: 'error', text });
  } else {
    ctx.show(unexpected(ctx));
  }
  await ctx.refresh();
  return result.type === 'success';
}

/** Downloads every worksheet (damaged ones included, raw) as one file, and says what was left out. */
export async function exportEverything(ctx: ListContext): Promise<void> {
  const result = await getWorksheetStore().exportAll({ source: window.location.origin });
  if (result.type !== 'success') {
    ctx.show(unexpected(ctx));
    return;
  }
  downloadText(exportFileName(result.file.worksheets), serializeExportFile(result.file), 'application/json');
  const details = await Promise.all(
    result.failures.map(async (f) =>
      f.error.code === 'not_found'
        ? f.id
        : `${f.id}: ${await describeLoadErrorLater(f.error, ctx.locale, ctx.t('ws.common.moduleUnavailable'))}`,
    ),
  );
  ctx.show({
    tone: result.failures.length > 0 || result.damaged.length > 0 ? 'error' : 'info',
    text: joinSentences(
      ctx.locale,
      ctx.t('ws.list.exported', { count: result.file.worksheets.length }),
      result.damaged.length > 0 ? ctx.t('ws.list.exportedDamaged', { count: result.damaged.length }) : '',
    ),
    ...(details.length > 0 ? { details } : {}),
  });
}

/**
 * Reads an import file. Nothing stored changes on a bad file (it says why); with worksheets
 * that are already here, returns the question to ask; otherwise imports at once.
 */
export async function readImport(ctx: ListContext, file: File): Promise<PendingImport | undefined> {
  const text = file.size > MAX_IMPORT_BYTES ? '' : await file.text();
  // Any kind may be in the file: each is checked with its own schema and migrations.
  let words: typeof import('../../../lib/worksheets/messages');
  try {
    [, words] = await Promise.all([loadAllWorksheetModules(), loadWorksheetErrors(ctx.locale)]);
  } catch {
    const why = joinSentences(
      ctx.locale,
      ctx.t('ws.list.importFailed'),
      ctx.t('ws.common.moduleUnavailable'),
    );
    ctx.show({ tone: 'error', text: why });
    return undefined;
  }
  const parsed = parseImportFile(text, file.size);
  if (parsed.type === 'error') {
    const why = joinSentences(
      ctx.locale,
      ctx.t('ws.list.importFailed'),
      words.describeImportFileError(parsed, ctx.locale),
    );
    ctx.show({ tone: 'error', text: why });
    return undefined;
  }
  const failures = parsed.failures.map((failure) => words.describeImportFailure(failure, ctx.locale));
  if (parsed.docs.length === 0) {
    ctx.show({ tone: 'error', text: ctx.t('ws.list.importNothing'), details: failures });
    return undefined;
  }
  const plan = planImport(await getWorksheetStore().ids(), parsed.docs);
  if (plan.conflicts.length > 0) {
    ctx.show(undefined);
    return { plan, failures };
  }
  await finishImport(ctx, { plan, failures }, 'keep-both');
  return undefined;
}

/** Stores an import with the user's answer, and says how many were kept (and if only in memory). */
export async function finishImport(
  ctx: ListContext,
  pending: PendingImport,
  resolution: ImportResolution,
): Promise<void> {
  const docs = [...pending.plan.fresh, ...pending.plan.conflicts.map((c) => c.incoming)];
  const result = await getWorksheetStore().importDocs(docs, resolution);
  if (result.type !== 'success') {
    ctx.show(unexpected(ctx));
    return;
  }
  ctx.show({
    tone: pending.failures.length > 0 || result.mode === 'memory' ? 'error' : 'info',
    text: joinSentences(
      ctx.locale,
      ctx.t('ws.list.imported', { count: result.written.length }),
      result.mode === 'memory' ? ctx.t('ws.list.importNotKept') : '',
    ),
    ...(pending.failures.length > 0
      ? { details: [ctx.t('ws.list.importSkippedBroken'), ...pending.failures] }
      : {}),
  });
  await ctx.refresh();
}

/** Removes every practice worksheet, after the user confirms. */
export async function clearPracticeData(ctx: ListContext): Promise<void> {
  if (!window.confirm(ctx.t('ws.list.clearPracticeConfirm'))) return;
  const result = await getWorksheetStore().clearPractice();
  ctx.show(
    result.type === 'success'
      ? { tone: 'info', text: ctx.t('ws.list.practiceCleared', { count: result.removed.length }) }
      : unexpected(ctx),
  );
  await ctx.refresh();
}
