/**
 * Turns the employee's free text into a short, single-line quotation the rules engine can
 * put inside a question. The text is only ever treated as characters: whatever it says
 * ("ignore previous instructions…", markup, quotes) stays inside the quotation marks.
 */

/** Control characters break lines; format characters (zero-width, bidi overrides) can disguise text. */
const CONTROL = /\p{Cc}|[\u2028\u2029]/gu;
const FORMAT = /\p{Cf}/gu;
/** Double quotation marks of any script become single ones, so our own “…” stay balanced. */
const DOUBLE_QUOTES = /["“”„‟«»＂「」『』]/gu;
/** List bullets and separators people type in front of or after an item. */
const EDGE_PUNCTUATION = /^[\s\-–—•*·、,，.。:：;；!！?？]+|[\s\-–—•*·、,，.。:：;；!！?？]+$/gu;
/** Text quoted as a whole ('like this'); inner quotes elsewhere are kept balanced. */
const WHOLLY_QUOTED = /^'([^']*)'$/u;

/** One line, no invisible characters, no surrounding bullets or punctuation. */
export function cleanUserText(text: string): string {
  return text
    .normalize('NFC')
    .replace(FORMAT, '')
    .replace(CONTROL, ' ')
    .replace(DOUBLE_QUOTES, "'")
    .replace(/\s+/gu, ' ')
    .replace(EDGE_PUNCTUATION, '')
    .replace(/[‘’]/gu, "'")
    .replace(WHOLLY_QUOTED, '$1')
    .replace(EDGE_PUNCTUATION, '')
    .trim();
}

const ELLIPSIS = '…';

/**
 * At most `max` characters (code points), marked with an ellipsis when cut. Spaced text
 * (English) is cut between words, never inside one, unless its first word alone is too long;
 * unspaced text (Chinese) is cut between characters.
 */
export function shorten(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  let cut = chars.slice(0, Math.max(1, max - 1)).join('');
  const nextChar = chars[Math.max(1, max - 1)] ?? '';
  const cutsInsideWord =
    /[\p{L}\p{N}]$/u.test(cut) && /^[\p{L}\p{N}]/u.test(nextChar) && /\p{Script=Latin}$/u.test(cut);
  if (cutsInsideWord) {
    const lastSpace = cut.lastIndexOf(' ');
    if (lastSpace > 0) cut = cut.slice(0, lastSpace);
  }
  return `${cut.replace(/[\s,，、.。:：;；/\-–—]+$/u, '')}${ELLIPSIS}`;
}

/** Wraps already-cleaned text in curly double quotes (usual in both Chinese and English). */
export function quote(text: string): string {
  return `“${text}”`;
}

/**
 * Chinese typesetting puts a space between Han characters and Latin letters or digits
 * ("目标是 15%"). Applied to our own words only: quoted spans are the employee's and stay
 * exactly as typed.
 */
export function spaceMixedScripts(text: string): string {
  return text
    .split(/(“[^“”]*”)/u)
    .map((part) =>
      part.startsWith('“')
        ? part
        : part
            .replace(/(\p{Script=Han})([A-Za-z0-9])/gu, '$1 $2')
            .replace(/([A-Za-z0-9%])(\p{Script=Han})/gu, '$1 $2'),
    )
    .join('');
}
