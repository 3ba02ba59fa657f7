import type { Translate } from '../i18n';
import { renderFlowDiagram, type FlowDiagram } from './flow-diagram';

/** The diagrams a guide module can place with `[[diagram:NAME]]`. */
export const diagramNames = ['five-steps', 'prep', 'resource-matching', 'tracking-loop'] as const;
export type DiagramName = (typeof diagramNames)[number];

export function isDiagramName(value: string): value is DiagramName {
  return (diagramNames as readonly string[]).includes(value);
}

/** Builds a diagram's content in the page's language. */
export function describeDiagram(name: DiagramName, t: Translate): FlowDiagram {
  const base = { id: `diagram-${name}`, alternativeHeading: t('diagram.textAlternative') };
  switch (name) {
    case 'five-steps':
      return {
        ...base,
        title: t('diagram.fiveSteps.title'),
        steps: [
          { label: t('diagram.fiveSteps.s1') },
          { label: t('diagram.fiveSteps.s2') },
          { label: t('diagram.fiveSteps.s3') },
          { label: t('diagram.fiveSteps.s4') },
          { label: t('diagram.fiveSteps.s5') },
        ],
        loop: { label: t('diagram.fiveSteps.loop') },
      };
    case 'prep':
      return {
        ...base,
        title: t('diagram.prep.title'),
        before: t('diagram.prep.before'),
        steps: [
          { label: t('diagram.prep.p'), note: t('diagram.prep.pNote') },
          { label: t('diagram.prep.r'), note: t('diagram.prep.rNote') },
          { label: t('diagram.prep.e'), note: t('diagram.prep.eNote') },
          { label: t('diagram.prep.p2'), note: t('diagram.prep.p2Note') },
        ],
        after: t('diagram.prep.after'),
      };
    case 'resource-matching':
      return {
        ...base,
        title: t('diagram.resources.title'),
        steps: [
          { label: t('diagram.resources.s1') },
          { label: t('diagram.resources.s2') },
          { label: t('diagram.resources.s3') },
          { label: t('diagram.resources.s4') },
          { label: t('diagram.resources.s5') },
        ],
      };
    case 'tracking-loop':
      return {
        ...base,
        title: t('diagram.tracking.title'),
        steps: [
          { label: t('diagram.tracking.s1') },
          { label: t('diagram.tracking.s2') },
          { label: t('diagram.tracking.s3') },
          { label: t('diagram.tracking.s4') },
          { label: t('diagram.tracking.s5') },
        ],
        loop: { label: t('diagram.fiveSteps.loop') },
      };
  }
}

export function renderDiagram(name: DiagramName, t: Translate): string {
  return renderFlowDiagram(describeDiagram(name, t));
}
