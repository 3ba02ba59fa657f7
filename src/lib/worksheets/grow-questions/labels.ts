import type { Locale } from '../../i18n/locales';
import type { GrowStage } from '../../grow/question';
import { termLabel, terms } from '../../method/terms';

/** A GROW stage's name in a language, from the one term list (hints, export). */
export function growStageName(stage: GrowStage, locale: Locale): string {
  return termLabel(terms.grow[stage], locale);
}
