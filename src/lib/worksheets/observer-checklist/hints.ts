import { sectionText } from '../../i18n/sections';
import type { Locale } from '../../i18n/locales';
import { filled, type Hint } from '../hint';
import { hasObservations } from './score';
import {
  bestParts,
  fiveRParts,
  growStages,
  prepSteps,
  threeEParts,
  type ObserverChecklistData,
} from './schema';

/** More than one line or bullet in "try next" usually means a list, not one thing. */
function looksLikeSeveral(value: string): boolean {
  return value.split(/\r\n?|\n/).filter((line) => line.trim() !== '').length > 1;
}

export function observerChecklistHints(data: ObserverChecklistData, locale: Locale): Hint[] {
  const t = sectionText(locale, 'observer-checklist-hints');
  const hints: Hint[] = [];
  const add = (id: string, field: string, level: Hint['level'], message: string) =>
    hints.push({ id: `observer-checklist/${id}`, field, level, message });

  if (!filled(data.scenario)) add('scenario-empty', 'scenario', 'info', t('hint.observer.scenarioEmpty'));
  if (!hasObservations(data)) {
    add('start', 'grow', 'info', t('hint.observer.start'));
    return hints;
  }

  if (data.inPlay.prep) {
    const missing = prepSteps.filter((step) => !data.prep[step]);
    if (missing.length === prepSteps.length)
      add('prep-not-heard', 'prep', 'info', t('hint.observer.prepNotHeard'));
    else
      for (const step of missing)
        add(`prep-missing-${step}`, `prep.${step}`, 'info', t(`hint.observer.prepMissing.${step}`));
    if (missing.length === 0 && !data.prepInOrder)
      add('prep-order', 'prepInOrder', 'info', t('hint.observer.prepOrder'));
  }

  for (const stage of growStages) {
    if (data.grow[stage] === 0)
      add(`grow-missing-${stage}`, `grow.${stage}`, 'warning', t(`hint.observer.growMissing.${stage}`));
  }

  if (data.inPlay.threeE) {
    const missing = threeEParts.filter((part) => !data.threeE[part]);
    if (missing.length === threeEParts.length)
      add('three-e-not-heard', 'threeE', 'info', t('hint.observer.threeENotHeard'));
    else
      for (const part of missing)
        add(`three-e-missing-${part}`, `threeE.${part}`, 'info', t(`hint.observer.threeEMissing.${part}`));
  }

  if (data.inPlay.best) {
    const missing = bestParts.filter((part) => !data.best[part]);
    if (missing.length === bestParts.length)
      add('best-not-heard', 'best', 'info', t('hint.observer.bestNotHeard'));
    else
      for (const part of missing) {
        // A verdict without facts, or without asking, is what makes negative feedback backfire.
        const level = part === 'behavior' || part === 'seek' ? 'warning' : 'info';
        add(`best-missing-${part}`, `best.${part}`, level, t(`hint.observer.bestMissing.${part}`));
      }
  }

  const missing5r = fiveRParts.filter((part) => !data.fiveR[part]);
  if (missing5r.length === fiveRParts.length && !data.microAction) {
    add('five-r-not-reached', 'fiveR', 'warning', t('hint.observer.fiveRNotReached'));
  } else {
    for (const part of missing5r)
      add(`five-r-missing-${part}`, `fiveR.${part}`, 'info', t(`hint.observer.fiveRMissing.${part}`));
    if (!data.microAction) add('no-micro-action', 'microAction', 'warning', t('hint.observer.noMicroAction'));
  }

  if (!filled(data.wentWell)) add('went-well-empty', 'wentWell', 'info', t('hint.observer.wentWellEmpty'));
  if (!filled(data.tryNext)) add('try-next-empty', 'tryNext', 'info', t('hint.observer.tryNextEmpty'));
  else if (looksLikeSeveral(data.tryNext))
    add('try-next-one', 'tryNext', 'info', t('hint.observer.tryNextOne'));

  return hints;
}
