import { useEffect, useMemo, useState } from 'react';
import type { Hint } from '../../lib/worksheets/hint';
import { hintKey } from '../../lib/worksheets/hint';
import { previewBlocks, type PreviewBlock } from '../../lib/worksheets/preview';
import type { FocusedField } from './hint-gate';
import type { IslandTranslate } from '../shared/island-strings';

function Block({ block }: { block: PreviewBlock }) {
  switch (block.type) {
    case 'heading':
      return block.level === 1 ? (
        <p className="ws-preview__title">{block.text}</p>
      ) : (
        <p className="ws-preview__heading">{block.text}</p>
      );
    case 'quote':
      return <blockquote className="read-aloud">{block.text}</blockquote>;
    case 'list':
      return (
        <ul>
          {block.items.map((item, index) => (
            <li key={index}>{item}</li>
          ))}
        </ul>
      );
    case 'table':
      return (
        <div className="ws-preview__table">
          <table>
            <thead>
              <tr>
                {block.head.map((cell, index) => (
                  <th key={index} scope="col">
                    {cell}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, index) => (
                <tr key={index}>
                  {row.map((cell, column) => (
                    <td key={column}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    default:
      return <p>{block.text}</p>;
  }
}

/** Whether the screen is wide enough for the panel to sit beside the form. */
function useWide(): boolean {
  const [wide, setWide] = useState(false);
  useEffect(() => {
    const query = window.matchMedia('(min-width: 64rem)');
    const update = () => setWide(query.matches);
    update();
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);
  return wide;
}

/**
 * Beside the form on a wide screen, below it on a phone: the coaching hints for the field
 * in focus, and a readable preview of what the worksheet will give the other person (the
 * message to read aloud, the plan as the employee sees it). Text only, never HTML.
 */
export function WorksheetPanel(props: {
  t: IslandTranslate;
  focused: FocusedField | undefined;
  focusedHints: readonly Hint[];
  /** The worksheet as Markdown; undefined until its writer has loaded. */
  markdown: string | undefined;
  /**
   * Asks for the Markdown writer: called when the user opens the preview and it has no
   * Markdown. On a wide screen the preview starts open without asking: the writer then comes
   * with the hints, once the worksheet has content or a field is in focus (an untouched
   * worksheet has nothing to preview, so a first visit does not fetch it).
   */
  onPreviewOpen: () => void;
  /** The export's "not filled in" marker: empty sections are left out of the preview. */
  emptyMarker: string;
}) {
  const { t, focused, focusedHints, markdown, emptyMarker, onPreviewOpen } = props;
  const blocks = useMemo(
    () => (markdown === undefined ? [] : previewBlocks(markdown, emptyMarker)),
    [markdown, emptyMarker],
  );
  // The title and the facts line are always there; anything more means something was written.
  const written = blocks.length > 2;
  const wide = useWide();
  const [previewOpen, setPreviewOpen] = useState<boolean>();
  const open = previewOpen ?? wide;
  useEffect(() => {
    if (previewOpen === true && markdown === undefined) onPreviewOpen();
  }, [previewOpen, markdown, onPreviewOpen]);
  return (
    <aside className="ws-panel" aria-label={t('ws.common.panel')}>
      <section className="ws-panel__coach" aria-labelledby="ws-panel-coach">
        <h2 id="ws-panel-coach">{t('ws.common.hintsHeading')}</h2>
        {focused ? (
          <>
            <p className="ws-panel__field">{focused.label}</p>
            {focused.help && <p className="field__help">{focused.help}</p>}
          </>
        ) : (
          <p className="field__help">{t('ws.common.coachIdle')}</p>
        )}
        <ul className="hints ws-panel__hints" aria-live="polite">
          {focusedHints.map((hint) => (
            <li key={hintKey(hint)} className={`hint hint--${hint.level}`}>
              {hint.message}
            </li>
          ))}
        </ul>
        {focused && focusedHints.length === 0 && <p className="field__help">{t('ws.common.coachQuiet')}</p>}
      </section>
      <details
        className="ws-panel__preview"
        open={open}
        // "toggle" also fires when the page itself opens it (a wide screen): only a change
        // from what was rendered is the user's.
        onToggle={(event) => {
          if (event.currentTarget.open !== open) setPreviewOpen(event.currentTarget.open);
        }}
      >
        <summary>{t('ws.common.previewHeading')}</summary>
        <p className="field__help">{t(written ? 'ws.common.previewIntro' : 'ws.common.previewEmpty')}</p>
        <div className="ws-preview">
          {blocks.map((block, index) => (
            <Block key={index} block={block} />
          ))}
        </div>
      </details>
    </aside>
  );
}
