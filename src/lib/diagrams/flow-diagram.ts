import { escapeXml, wrapLabel } from './svg-text';

/** One box of a vertical flow: a main label and an optional quieter note under it. */
export interface FlowStep {
  label: string;
  note?: string;
}

export interface FlowDiagram {
  /** Unique on the page; used for the ids that tie the SVG to its text alternative. */
  id: string;
  title: string;
  /** Heading of the text alternative. */
  alternativeHeading: string;
  steps: FlowStep[];
  /** A line shown above the first box (e.g. what happens before). */
  before?: string;
  /** A line shown below the last box. */
  after?: string;
  /** Draw an arrow from the last box back to the first: the flow is a loop. */
  loop?: { label: string };
}

const WIDTH = 420;
const BOX_X = 40;
const BOX_WIDTH = 340;
const FONT = 15;
const NOTE_FONT = 13;
const LINE = 20;
const PAD = 12;
const GAP = 30;
const LABEL_MAX_EM = (BOX_WIDTH - 2 * PAD) / FONT;

function textLines(lines: string[], x: number, y: number, className: string): string {
  return lines
    .map(
      (line, index) =>
        `<text class="${className}" x="${x}" y="${y + index * LINE}" text-anchor="middle">${escapeXml(line)}</text>`,
    )
    .join('');
}

/**
 * Renders a vertical flow as inline SVG inside a <figure>, with the same content as an
 * ordered list for screen readers and for anyone who prefers text. Colours come from CSS
 * classes, so the page's light, dark and print styles apply.
 */
export function renderFlowDiagram(diagram: FlowDiagram): string {
  const parts: string[] = [];
  let y = 16;
  const centerX = WIDTH / 2;

  if (diagram.before) {
    const lines = wrapLabel(diagram.before, (WIDTH - 20) / NOTE_FONT);
    parts.push(textLines(lines, centerX, y + NOTE_FONT, 'diagram-aside'));
    y += lines.length * LINE + 14;
  }

  const boxTops: number[] = [];
  diagram.steps.forEach((step, index) => {
    const labelLines = wrapLabel(step.label, LABEL_MAX_EM);
    const noteLines = step.note ? wrapLabel(step.note, (BOX_WIDTH - 2 * PAD) / NOTE_FONT) : [];
    const height = PAD * 2 + (labelLines.length + noteLines.length) * LINE - 4;
    boxTops.push(y);
    parts.push(
      `<rect class="diagram-box" x="${BOX_X}" y="${y}" width="${BOX_WIDTH}" height="${height}" rx="10"/>`,
    );
    parts.push(
      `<text class="diagram-index" x="${BOX_X + 16}" y="${y + PAD + FONT}" text-anchor="middle">${index + 1}</text>`,
    );
    parts.push(textLines(labelLines, centerX, y + PAD + FONT, 'diagram-label'));
    if (noteLines.length > 0) {
      parts.push(textLines(noteLines, centerX, y + PAD + FONT + labelLines.length * LINE, 'diagram-note'));
    }
    y += height;
    if (index < diagram.steps.length - 1) {
      parts.push(
        `<path class="diagram-arrow" d="M${centerX} ${y + 4} V${y + GAP - 6}" marker-end="url(#${diagram.id}-arrow)"/>`,
      );
      y += GAP;
    }
  });

  if (diagram.loop && boxTops.length > 1) {
    const firstTop = boxTops[0] ?? 0;
    const right = BOX_X + BOX_WIDTH;
    parts.push(
      `<path class="diagram-arrow diagram-loop" d="M${right} ${y - 14} H${right + 22} V${firstTop + 14} H${right + 6}" marker-end="url(#${diagram.id}-arrow)"/>`,
    );
    y += 14;
    const lines = wrapLabel(diagram.loop.label, (WIDTH - 20) / NOTE_FONT);
    parts.push(textLines(lines, centerX, y + NOTE_FONT, 'diagram-aside'));
    y += lines.length * LINE;
  }

  if (diagram.after) {
    y += 14;
    const lines = wrapLabel(diagram.after, (WIDTH - 20) / NOTE_FONT);
    parts.push(textLines(lines, centerX, y + NOTE_FONT, 'diagram-aside'));
    y += lines.length * LINE;
  }

  const height = Math.ceil(y + 12);
  const titleId = `${diagram.id}-title`;
  const listId = `${diagram.id}-steps`;
  const marker = `<defs><marker id="${diagram.id}-arrow" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path class="diagram-arrowhead" d="M0 0 L10 5 L0 10 z"/></marker></defs>`;
  const listItems = diagram.steps
    .map((step) => `<li>${escapeXml(step.label)}${step.note ? `: ${escapeXml(step.note)}` : ''}</li>`)
    .join('');
  const extras = [diagram.before, diagram.loop?.label, diagram.after]
    .filter((line): line is string => Boolean(line))
    .map((line) => `<p>${escapeXml(line)}</p>`)
    .join('');

  return (
    `<figure class="diagram" id="${diagram.id}">` +
    `<svg viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="${titleId}" aria-describedby="${listId}" focusable="false">` +
    `<title id="${titleId}">${escapeXml(diagram.title)}</title>${marker}${parts.join('')}</svg>` +
    `<figcaption><span class="diagram-title">${escapeXml(diagram.title)}</span>` +
    `<details class="diagram-alt"><summary>${escapeXml(diagram.alternativeHeading)}</summary>` +
    `<ol id="${listId}">${listItems}</ol>${extras}</details></figcaption></figure>`
  );
}
