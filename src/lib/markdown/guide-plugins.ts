import type { HastPluginDefinition, PluginFactoryContext } from 'satteri';
import { renderDiagram, isDiagramName } from '../diagrams';
import { useTranslations } from '../i18n';
import { escapeXml } from '../diagrams/svg-text';
import { isGuideScreenshotName, renderScreenshot } from './guide-screenshots';
import { localeOfContentPath } from './locale-of-file';

const DIAGRAM = /^\s*\[\[diagram:([a-z0-9-]+)\]\]\s*$/;
const TABLE_CAPTION = /^\s*\[\[table:(.+)\]\]\s*$/;
const SCREENSHOT = /^\s*\[\[screenshot:([a-z0-9-]+)\|([^\]]*)\]\]\s*$/;
const PUBLIC_DIR = new URL('../../../public/', import.meta.url);

/**
 * The guide's Markdown conventions (see content/README.md), applied at build time so guide
 * pages need no JavaScript:
 * - `[[diagram:NAME]]` alone in a paragraph becomes an inline SVG flow with a text alternative;
 * - `[[screenshot:NAME|ALT]]` alone in a paragraph becomes a sized, lazily loaded screenshot
 *   of the toolkit's page NAME in the file's language, linked to that page (guide-screenshots.ts);
 * - `[[table:CAPTION]]` right before a table becomes its <caption>, the table is wrapped in a
 *   focusable, labelled scroll region for narrow screens, and header cells get `scope`;
 * - each h2–h4 with an id gets a link to itself that the page script turns into "copy link".
 */
export function guideMarkdownPlugin(context: PluginFactoryContext): HastPluginDefinition {
  const file = context.fileURL?.pathname ?? '';
  const locale = localeOfContentPath(file);
  const t = useTranslations(locale);

  return {
    name: 'coaching-guide-markdown',
    element: [
      {
        filter: ['p'],
        visit(node, ctx) {
          const text = ctx.textContent(node);
          const shot = SCREENSHOT.exec(text);
          if (shot) {
            const name = shot[1] ?? '';
            if (!isGuideScreenshotName(name)) {
              throw new Error(`${file}: unknown screenshot "${name}" in [[screenshot:${name}|…]]`);
            }
            const html = renderScreenshot(name, shot[2] ?? '', locale, { publicDir: PUBLIC_DIR, file });
            ctx.replaceNode(node, { type: 'raw', value: html });
            return;
          }
          const match = DIAGRAM.exec(text);
          if (!match) return;
          const name = match[1] ?? '';
          if (!isDiagramName(name)) {
            throw new Error(`${file}: unknown diagram "${name}" in [[diagram:${name}]]`);
          }
          ctx.replaceNode(node, { type: 'raw', value: renderDiagram(name, t) });
        },
      },
      {
        filter: ['table'],
        visit(node, ctx) {
          const parent = ctx.parent(node);
          const index = ctx.indexOf(node) ?? 0;
          let caption: string | undefined;
          for (let i = index - 1; i >= 0; i--) {
            const sibling = parent?.children[i];
            if (!sibling) break;
            if (sibling.type === 'text' && sibling.value.trim() === '') continue;
            if (sibling.type === 'element' && sibling.tagName === 'p') {
              const match = TABLE_CAPTION.exec(ctx.textContent(sibling));
              if (match) {
                caption = (match[1] ?? '').trim();
                ctx.removeNode(sibling);
              }
            }
            break;
          }
          if (caption) {
            ctx.prependChild(node, {
              type: 'element',
              tagName: 'caption',
              properties: {},
              children: [{ type: 'text', value: caption }],
            });
          }
          const label = caption ?? t('diagram.label');
          ctx.wrapNode(node, {
            raw: `<div class="table-scroll" role="region" tabindex="0" aria-label="${escapeXml(label)}"></div>`,
          });
        },
      },
      {
        filter: ['th'],
        visit(node, ctx) {
          ctx.setProperty(node, 'scope', 'col');
        },
      },
      {
        filter: ['h2', 'h3', 'h4'],
        visit(node, ctx) {
          const id = node.properties?.['id'];
          if (typeof id !== 'string' || id === '') return;
          const section = ctx.textContent(node).trim();
          // The link has no text of its own (CSS draws the mark) so that the heading's
          // text, which Astro collects for the table of contents, stays clean.
          ctx.appendChild(node, {
            type: 'element',
            tagName: 'a',
            properties: {
              className: ['heading-link'],
              href: `#${id}`,
              ariaLabel: t('guide.copyLink', { section }),
              dataCopyLink: '',
            },
            children: [],
          });
        },
      },
    ],
  };
}
