import type { Locale } from '../../i18n/locales';
import type { GrowStage } from '../../grow/question';
import { termLabel, terms } from '../../method/terms';

/** The GROW stages' names in each language, from the one term list (forms, hints, export). */
export const growStageNames: Record<Locale, Record<GrowStage, string>> = {
  'zh-CN': {
    goal: termLabel(terms.grow.goal, 'zh-CN'),
    reality: termLabel(terms.grow.reality, 'zh-CN'),
    options: termLabel(terms.grow.options, 'zh-CN'),
    will: termLabel(terms.grow.will, 'zh-CN'),
  },
  en: {
    goal: termLabel(terms.grow.goal, 'en'),
    reality: termLabel(terms.grow.reality, 'en'),
    options: termLabel(terms.grow.options, 'en'),
    will: termLabel(terms.grow.will, 'en'),
  },
};
