/**
 * Cuts rendered Markdown into its `##` sections, so a scenario page can put each role's
 * brief in its own closed `<details>`. Works on the HTML our own Markdown pipeline makes
 * (`<h2 id="…">`), at build time only.
 */

const H2_OPEN = /<h2\b[^>]*?\sid="([^"]+)"[^>]*>/g;

/** Each `<h2 id>` section's HTML (heading included), by id; text before the first heading is dropped. */
export function splitH2Sections(html: string): Map<string, string> {
  const starts = [...html.matchAll(H2_OPEN)].map((match) => ({ id: match[1] ?? '', at: match.index }));
  const sections = new Map<string, string>();
  starts.forEach((start, i) => {
    const end = starts[i + 1]?.at ?? html.length;
    sections.set(start.id, html.slice(start.at, end).trim());
  });
  return sections;
}

/** Moves every heading one level down (h2 → h3 … h5 → h6), for a section nested under a new h2. */
export function demoteHeadings(html: string): string {
  return html.replace(
    /<(\/?)h([2-5])\b/g,
    (_match, slash: string, level: string) => `<${slash}h${Number(level) + 1}`,
  );
}
