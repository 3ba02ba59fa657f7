import type { PresenterBlock } from '../../../lib/workshop/agenda-schedule';
import { blockHash } from '../../../lib/workshop/agenda-schedule';
import { driftText } from '../../../lib/workshop/presenter-view';
import type { IslandTranslate } from '../../shared/island-strings';
import type { PresenterProps } from './props';
import { useFullscreen } from './use-fullscreen';

interface Props extends Pick<PresenterProps, 'agendaTitle' | 'agendaHref' | 'blocks' | 'otherLanguage'> {
  t: IslandTranslate;
  block: PresenterBlock;
  index: number;
  carryOn: boolean;
  /** Minutes the session has run, and how far it is behind (+) or ahead (−) of its plan. */
  doneMinutes: number;
  drift: number;
  goTo: (index: number) => void;
  setCarryOn: (value: boolean) => void;
}

/** The bar above the block: where we are, the session's clock against its plan, and the tools. */
export function PresenterBar(props: Props) {
  const { t, block, blocks, index, drift } = props;
  const totalMinutes = blocks.reduce((sum, item) => sum + item.minutes, 0);
  const multiSession = blocks.some((item) => item.sessionIndex > 0);
  const behind = driftText(drift);
  return (
    <header className="presenter__bar">
      <div className="presenter__where">
        <h1 className="presenter__agenda">{props.agendaTitle}</h1>
        {multiSession && (
          <p className="presenter__session">
            <span className="presenter__label">{t('workshop.presenter.session')}</span> {block.sessionTitle}
          </p>
        )}
      </div>
      <div className="presenter__progress">
        <p>
          <span data-testid="presenter-position">
            {t('workshop.presenter.progress', { n: index + 1, total: blocks.length })}
          </span>
          {' · '}
          {t('workshop.presenter.progressMinutes', { done: block.before, total: totalMinutes })}
        </p>
        <p className="presenter__plan" data-testid="presenter-plan" data-drift={drift}>
          {t('workshop.presenter.sessionClock', { done: props.doneMinutes, total: totalMinutes })}
          {' · '}
          {t(behind.key, behind.n === undefined ? undefined : { n: behind.n })}
        </p>
        <div
          className="presenter__meter"
          role="progressbar"
          aria-label={t('workshop.presenter.progressLabel')}
          aria-valuemin={0}
          aria-valuemax={totalMinutes}
          aria-valuenow={block.before}
        >
          {/* Sized from script after mount: a server-rendered style attribute would break the strict CSP. */}
          <div
            ref={(bar) => {
              bar?.style.setProperty(
                'width',
                `${totalMinutes === 0 ? 0 : (block.before / totalMinutes) * 100}%`,
              );
            }}
          />
        </div>
      </div>
      <PresenterTools {...props} multiSession={multiSession} />
    </header>
  );
}

function PresenterTools(props: Props & { multiSession: boolean }) {
  const { t, block, blocks, otherLanguage } = props;
  const { canFullscreen, fullscreen, toggleFullscreen } = useFullscreen();
  const sessions = [...new Set(blocks.map((item) => item.sessionIndex))];
  const blockOption = (item: PresenterBlock) => (
    <option key={item.id} value={blocks.indexOf(item)}>
      {`${blocks.indexOf(item) + 1}. ${item.title}`}
    </option>
  );
  return (
    <div className="presenter__tools">
      <label className="presenter__jump">
        <span>{t('workshop.presenter.jump')}</span>
        <select value={props.index} onChange={(event) => props.goTo(Number(event.currentTarget.value))}>
          {props.multiSession
            ? sessions.map((sessionIndex) => {
                const inSession = blocks.filter((item) => item.sessionIndex === sessionIndex);
                return (
                  <optgroup key={sessionIndex} label={inSession[0]?.sessionTitle ?? ''}>
                    {inSession.map(blockOption)}
                  </optgroup>
                );
              })
            : blocks.map(blockOption)}
        </select>
      </label>
      <label className="presenter__carry">
        <input
          type="checkbox"
          checked={props.carryOn}
          onChange={(event) => props.setCarryOn(event.currentTarget.checked)}
        />
        <span>{t('workshop.presenter.carryOn')}</span>
      </label>
      {canFullscreen && (
        <button
          type="button"
          className="presenter__fullscreen"
          aria-pressed={fullscreen}
          onClick={toggleFullscreen}
        >
          {t('workshop.presenter.fullscreen')}
        </button>
      )}
      <a
        className="presenter__lang"
        href={`${otherLanguage.href}${blockHash(block.id)}`}
        hrefLang={otherLanguage.lang}
        lang={otherLanguage.lang}
        title={otherLanguage.title}
        // Before hydration the href still names the first block; the page's click script
        // carries the address's block over, as the site header's switch does.
        data-keep-hash=""
      >
        {otherLanguage.label}
      </a>
      <a className="presenter__exit" href={`${props.agendaHref}#${block.id}`}>
        {t('workshop.presenter.exit')}
      </a>
    </div>
  );
}
