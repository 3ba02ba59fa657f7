// What the browser benchmarks need from the worksheet library, in one module so one
// `runnerImport` loads it: every kind registered, then the functions that build and export
// worksheets of any kind.
import { registerEveryWorksheetModule } from '../support/all-kinds';

registerEveryWorksheetModule();

export { createWorksheet } from '../../src/lib/worksheets/document';
export { createExportFile, serializeExportFile } from '../../src/lib/worksheets/export-file';
export { worksheetKinds } from '../../src/lib/worksheets/kinds';
