import { registerEveryWorksheetModule } from '../../../support/all-kinds';
import { migrateAndValidate, type WorksheetDocLike } from '../../../../src/lib/worksheets/document';
import type { WorksheetKind } from '../../../../src/lib/worksheets/kinds';
import { getWorksheetModule } from '../../../../src/lib/worksheets/registry';

registerEveryWorksheetModule();

let counter = 0;

/** A validated worksheet of `kind` with `data` (schema input), for the tracking rules. */
export function doc(
  kind: WorksheetKind,
  data: unknown,
  options: { person?: string; created?: string; practice?: string; id?: string } = {},
): WorksheetDocLike {
  counter += 1;
  const at = `${options.created ?? '2026-01-01'}T09:00:00.000Z`;
  const result = migrateAndValidate({
    id: options.id ?? `t${counter}`,
    kind,
    schemaVersion: getWorksheetModule(kind).migrations.currentVersion,
    title: '',
    ...(options.person === undefined ? {} : { person: options.person }),
    ...(options.practice === undefined ? {} : { practice: options.practice }),
    createdAt: at,
    updatedAt: at,
    data,
  });
  if (result.type !== 'success') throw new Error(`invalid test doc: ${JSON.stringify(result)}`);
  return result.doc;
}
