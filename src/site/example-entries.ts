import { getCollection, type CollectionEntry } from 'astro:content';
import { drillData, exampleKinds } from '../lib/content/example-schema';
import { localeInfo, type Locale } from '../lib/i18n/locales';
import { localizePath } from '../lib/i18n/paths';
import { encodePrefill } from '../lib/share/prefill-link';
import { worksheetPath } from '../lib/workshop/links';

export type ExampleEntry = CollectionEntry<'examples'>;

/** A locale's filled examples, in the order of `exampleKinds`. */
export async function getExamples(locale: Locale): Promise<ExampleEntry[]> {
  const folder = localeInfo[locale].contentFolder;
  const entries = await getCollection('examples', (entry) => entry.id.startsWith(`${folder}/examples/`));
  return entries.sort((a, b) => exampleKinds.indexOf(a.data.kind) - exampleKinds.indexOf(b.data.kind));
}

/**
 * The pre-filled link that opens one version of an example in its worksheet
 * (`/worksheets/<kind>/#prefill=v1.…`), made at build time with the same encoder as HR's link
 * builder. Stops the build when the example does not fit the worksheet.
 */
export async function examplePrefillHref(
  entry: ExampleEntry,
  version: 'weak' | 'strong',
  locale: Locale,
): Promise<string> {
  const { title, data } = entry.data[version];
  return prefillHref(entry, { title, data }, version, locale);
}

/** The pre-filled links of a drill's items (none when the drill names no field to fill). */
export async function drillPrefillHrefs(
  entry: ExampleEntry,
  locale: Locale,
): Promise<(string | undefined)[]> {
  const drill = entry.data.drill;
  const field = drill?.field;
  if (!drill || field === undefined) return [];
  return Promise.all(
    drill.items.map((item, index) =>
      prefillHref(
        entry,
        { title: item.weak, data: drillData(field, item.weak) },
        `drill item ${index + 1}`,
        locale,
      ),
    ),
  );
}

async function prefillHref(
  entry: ExampleEntry,
  content: { title: string; data: unknown },
  what: string,
  locale: Locale,
): Promise<string> {
  const { kind } = entry.data;
  const result = await encodePrefill({ kind, title: content.title.slice(0, 80), data: content.data });
  if (result.type === 'error') {
    throw new Error(`content/${entry.id}.md: the ${what} cannot be linked (${result.code})`);
  }
  return `${localizePath(worksheetPath(kind), locale)}#${result.fragment}`;
}
