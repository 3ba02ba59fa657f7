import type { Locale } from '../i18n/locales';
import type { AgendaMaterial } from './workshop-schema';

/**
 * Words that name something the toolkit provides (a worksheet, handout, card, scenario,
 * example, demo script or guide table). A material that says one of them must link to it, so
 * a facilitator can find it and a test can prove it exists; a timer or sticky notes need no
 * link. Per language, as trainers write them.
 */
const toolkitNames: Record<Locale, RegExp> = {
  'zh-CN': /工作表|规划表|问题清单|反馈草稿|观察员清单|行动画布|速查卡|情境卡|任务书|讲义|示例|台词|指南/,
  en: /worksheet|builder|planner|question list|drafter|observer checklist|canvas|quick[- ]reference card|quick card|scenario|brief|handout|(?<!for )example|script|guide/i,
};

/** The materials of a block that name something the toolkit provides but do not link to it. */
export function unlinkedMaterials(materials: readonly AgendaMaterial[], locale: Locale): string[] {
  return materials.filter(
    (item): item is string => typeof item === 'string' && toolkitNames[locale].test(item),
  );
}
