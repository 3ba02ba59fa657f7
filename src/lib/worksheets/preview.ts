/**
 * The worksheet's Markdown export read back as plain blocks for the live preview beside the
 * form. The preview shows the result as the other person will read it; it renders these
 * blocks as text, never as HTML, so nothing typed can become markup.
 */
export type PreviewBlock =
  | { type: 'heading'; level: 1 | 2 | 3; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'quote'; text: string }
  | { type: 'list'; items: string[] }
  | { type: 'table'; head: string[]; rows: string[][] };

/** One line of Markdown as the reader sees it: escapes undone, emphasis markers dropped. */
export function plainInline(text: string): string {
  return text
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/(^|[\s(（])_(.+?)_(?=$|[\s.,;:，。；：)）])/g, '$1$2')
    .replace(/\\([\\`*_[\]<>|#~+.-])/g, '$1')
    .replace(/ {2}$/, '');
}

function tableCells(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((cell) => plainInline(cell.trim()));
}

/**
 * Splits exported Markdown into headings, paragraphs, quotes, lists and tables. With
 * `emptyMarker` (the export's "not filled in"), sections left empty are dropped, so the
 * preview shows only what has been written.
 */
export function previewBlocks(markdown: string, emptyMarker?: string): PreviewBlock[] {
  const blocks = allBlocks(markdown);
  if (emptyMarker === undefined) return blocks;
  // "not filled in" alone, or under its bold label ("**Goal**  \n_(not filled in)_").
  const isEmpty = (block: PreviewBlock | undefined) => {
    if (block === undefined || (block.type !== 'paragraph' && block.type !== 'quote')) return false;
    const lines = block.text.split('\n').map((line) => line.trim());
    return lines.length <= 2 && lines[lines.length - 1] === emptyMarker;
  };
  const kept: PreviewBlock[] = [];
  blocks.forEach((block, index) => {
    if (isEmpty(block)) return;
    const isSectionHeading = block.type === 'heading' && block.level > 1;
    if (isSectionHeading) {
      // A heading whose section holds nothing but empty markers (or sub-headings) goes too.
      let next = index + 1;
      while (isEmpty(blocks[next])) next += 1;
      const following = blocks[next];
      if (following === undefined || (following.type === 'heading' && following.level <= block.level)) return;
    }
    kept.push(block);
  });
  return kept;
}

function allBlocks(markdown: string): PreviewBlock[] {
  const blocks: PreviewBlock[] = [];
  const chunks = markdown.replace(/\r\n?/g, '\n').split(/\n{2,}/);
  for (const chunk of chunks) {
    const lines = chunk.split('\n').filter((line) => line.trim() !== '');
    if (lines.length === 0) continue;
    const first = lines[0] ?? '';
    const heading = /^(#{1,3})\s+(.*)$/.exec(first);
    if (heading && lines.length === 1) {
      const level = (heading[1] ?? '#').length as 1 | 2 | 3;
      blocks.push({ type: 'heading', level, text: plainInline(heading[2] ?? '') });
    } else if (lines.every((line) => line.startsWith('>'))) {
      const text = lines.map((line) => plainInline(line.replace(/^>\s?/, ''))).join('\n');
      blocks.push({ type: 'quote', text });
    } else if (lines.every((line) => /^\s*([-*]|\d+\.)\s/.test(line))) {
      blocks.push({
        type: 'list',
        items: lines.map((line) => plainInline(line.replace(/^\s*([-*]|\d+\.)\s/, ''))),
      });
    } else if (lines.length >= 2 && first.startsWith('|') && /^\|[\s|:-]+\|$/.test(lines[1] ?? '')) {
      blocks.push({ type: 'table', head: tableCells(first), rows: lines.slice(2).map(tableCells) });
    } else {
      blocks.push({ type: 'paragraph', text: lines.map(plainInline).join('\n') });
    }
  }
  return blocks;
}
