/** Escapes text for use inside SVG/HTML text nodes and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** Rough rendered width in ems: CJK and full-width characters take a full em, others about half. */
export function textWidthEm(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 1 : 0.56;
  return width;
}

/**
 * Breaks a label into lines that fit `maxEm`: at spaces for English, between any two
 * characters for Chinese. Labels are short, so a greedy fill is enough.
 */
export function wrapLabel(text: string, maxEm: number): string[] {
  const tokens = /\s/.test(text) ? text.split(/(\s+)/) : Array.from(text);
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const candidate = line + token;
    if (line.trim() !== '' && textWidthEm(candidate.trim()) > maxEm) {
      lines.push(line.trim());
      line = token.trim() === '' ? '' : token;
    } else {
      line = candidate;
    }
  }
  if (line.trim() !== '') lines.push(line.trim());
  return lines;
}
