// What the dashboard benchmark needs, in one module so one `runnerImport` loads it: every
// kind registered, a team of any size built from the sample team, and the pure views.
import { registerEveryWorksheetModule } from '../support/all-kinds';
import { addDays } from '../../src/lib/dates';
import { sampleTeam } from '../../src/lib/tracking/sample-data';
import { createWorksheet, type WorksheetDoc } from '../../src/lib/worksheets/document';
import { getWorksheetModule } from '../../src/lib/worksheets/registry';

registerEveryWorksheetModule();

export { progressView, teamView } from '../../src/lib/tracking/views';
export { createExportFile, serializeExportFile } from '../../src/lib/worksheets/export-file';

/**
 * `people` people with `perPerson` worksheets each, as a manager's device holds them after
 * months of 1:1s: the sample team's worksheets, repeated for each person and month (every
 * copy one month earlier), validated through each kind's schema like any stored worksheet.
 */
export function benchTeam(today: string, people: number, perPerson: number): WorksheetDoc[] {
  const docs: WorksheetDoc[] = [];
  for (let month = 0; docs.length < people * perPerson; month++) {
    const day = addDays(today, -30 * month);
    const sample = sampleTeam(day, 'en').filter((doc) => doc.person !== undefined);
    const names = [...new Set(sample.map((doc) => doc.person))];
    for (let group = 0; group * names.length < people; group++) {
      for (const doc of sample) {
        const person = `${doc.person} ${group + 1}`;
        const perThisPerson = docs.filter((d) => d.person === person).length;
        if (perThisPerson >= perPerson || names.indexOf(doc.person) + group * names.length >= people)
          continue;
        const data = getWorksheetModule(doc.kind).schema.parse(doc.data);
        docs.push(
          createWorksheet(doc.kind, {
            id: `bench-${docs.length + 1}`,
            title: doc.title,
            person,
            now: new Date(doc.createdAt),
            data: data as never,
          }),
        );
      }
    }
  }
  return docs;
}
