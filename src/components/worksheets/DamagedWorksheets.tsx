import { damagedFileName, serializeDamaged } from '../../lib/worksheets/damaged';
import type { DamagedWorksheet } from '../../storage';
import { downloadText } from '../shared/download';
import type { IslandTranslate } from '../shared/island-strings';

interface Props {
  damaged: readonly DamagedWorksheet[];
  t: IslandTranslate;
}

/**
 * Stored worksheets that can no longer be read, on "My worksheets": listed as damaged, each
 * with its raw content to download, so none disappears without a word. Loaded only when
 * there is one.
 */
export default function DamagedWorksheets({ damaged, t }: Props) {
  return (
    <section className="banner banner--warning ws-damaged" aria-labelledby="ws-damaged-heading">
      <h2 id="ws-damaged-heading">{t('ws.list.damagedHeading')}</h2>
      <p>{t('ws.list.damagedIntro')}</p>
      <ul>
        {damaged.map((entry) => (
          <li key={entry.id}>
            <span className="ws-damaged__id">{t('ws.list.damagedItem', { id: entry.id })}</span>{' '}
            <button
              type="button"
              className="button-link"
              aria-label={t('ws.list.downloadRawLabel', { id: entry.id })}
              onClick={() =>
                downloadText(damagedFileName(entry.id), serializeDamaged(entry), 'application/json')
              }
            >
              {t('ws.list.downloadRaw')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
